// Generated from spec/kaizala.yaml by `cargo xtask gen`. Do not edit.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AccessTokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AccessTokenResponse {
        #[serde(rename = "accessToken")]
        pub access_token: crate::secret::Secret,
        #[serde(rename = "accessTokenExpiry")]
        pub access_token_expiry: EpochMillis,
        ///Base URL of every later call (append `v1`), e.g. `https://kms-alpha.kaiza.la/`.
        #[serde(rename = "endpointUrl")]
        pub endpoint_url: ::std::string::String,
        /**A rotated refresh token, or empty/null. The service returns a new
one after 90% of the current token's 365 days; store it at once,
the old one stops working.
*/
        #[serde(
            rename = "refreshToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token: ::std::option::Option<crate::secret::Secret>,
        ///The permissions the connector holds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
    }
    impl AccessTokenResponse {
        pub fn builder() -> builder::AccessTokenResponse {
            Default::default()
        }
    }
    /**One Action's details, decoded by `actionType`: Job and Survey have
typed details; any other type keeps its details as raw JSON. The
reference sample answers in the list shape instead, which decodes as
`ActionList`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ActionDetailsResponse {
        KnownActionDetails(KnownActionDetails),
        ActionList(ActionList),
        UnknownActionDetails(UnknownActionDetails),
    }
    impl ::std::convert::From<KnownActionDetails> for ActionDetailsResponse {
        fn from(value: KnownActionDetails) -> Self {
            Self::KnownActionDetails(value)
        }
    }
    impl ::std::convert::From<ActionList> for ActionDetailsResponse {
        fn from(value: ActionList) -> Self {
            Self::ActionList(value)
        }
    }
    impl ::std::convert::From<UnknownActionDetails> for ActionDetailsResponse {
        fn from(value: UnknownActionDetails) -> Self {
            Self::UnknownActionDetails(value)
        }
    }
    ///`ActionList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ActionList {
        pub actions: ::std::vec::Vec<ActionSummary>,
        #[serde(
            rename = "hasMore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_more: ::std::option::Option<bool>,
    }
    impl ActionList {
        pub fn builder() -> builder::ActionList {
            Default::default()
        }
    }
    ///The body of a custom action package instance (survey-like, plus properties).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ActionPackageBody {
        #[serde(
            rename = "acceptMultipleResponses",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accept_multiple_responses: ::std::option::Option<bool>,
        #[serde(
            rename = "dueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub due_date: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(
            rename = "isAnonymous",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_anonymous: ::std::option::Option<bool>,
        #[serde(
            rename = "isSenderOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender_only: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub properties: ::std::vec::Vec<ActionProperty>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub questions: ::std::vec::Vec<Question>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        /**Hours the instance stays open; the Swagger file's custom-action
examples (`PostCustomActionOnAGroup`, `Send Custom Action To
Subscriber(s)`) send `"validity": 24`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validity: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl ActionPackageBody {
        pub fn builder() -> builder::ActionPackageBody {
            Default::default()
        }
    }
    ///An instance of a custom action package, chosen by its id.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ActionPackageRequest {
        #[serde(rename = "actionBody")]
        pub action_body: ActionPackageBody,
        ///The action package's id.
        pub id: ::std::string::String,
        #[serde(
            rename = "sendToAllSubscribers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_to_all_subscribers: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscribers: ::std::option::Option<SubscriberNumbers>,
    }
    impl ActionPackageRequest {
        pub fn builder() -> builder::ActionPackageRequest {
            Default::default()
        }
    }
    ///`ActionPackageResponseRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ActionPackageResponseRequest {
        #[serde(rename = "actionBody")]
        pub action_body: SurveyResponseBody,
        ///The action package's id.
        pub id: ::std::string::String,
        ///Set to edit an earlier response.
        #[serde(
            rename = "responseId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_id: ::std::option::Option<::std::string::String>,
    }
    impl ActionPackageResponseRequest {
        pub fn builder() -> builder::ActionPackageResponseRequest {
            Default::default()
        }
    }
    ///`ActionProperty`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ActionProperty {
        pub name: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ActionPropertyType,
        pub value: ::std::string::String,
    }
    impl ActionProperty {
        pub fn builder() -> builder::ActionProperty {
            Default::default()
        }
    }
    /**In the pages' order, which is the Kaizala SDK's: the service's enum
took the integer ordinal too (Text=0, Numeric=1, …), and a real
client sent `"type": 1` (THIRD-PARTY.md, asifshaikgit/DigitalCFO
`KaizalaAuthorization.java`). We send the name.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ActionPropertyType {
        Text,
        Numeric,
        Location,
        DateTime,
        StringList,
        Attachment,
        StringSet,
        AttachmentList,
    }
    impl ::std::fmt::Display for ActionPropertyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("Text"),
                Self::Numeric => f.write_str("Numeric"),
                Self::Location => f.write_str("Location"),
                Self::DateTime => f.write_str("DateTime"),
                Self::StringList => f.write_str("StringList"),
                Self::Attachment => f.write_str("Attachment"),
                Self::StringSet => f.write_str("StringSet"),
                Self::AttachmentList => f.write_str("AttachmentList"),
            }
        }
    }
    impl ::std::str::FromStr for ActionPropertyType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Text" => Ok(Self::Text),
                "Numeric" => Ok(Self::Numeric),
                "Location" => Ok(Self::Location),
                "DateTime" => Ok(Self::DateTime),
                "StringList" => Ok(Self::StringList),
                "Attachment" => Ok(Self::Attachment),
                "StringSet" => Ok(Self::StringSet),
                "AttachmentList" => Ok(Self::AttachmentList),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ActionPropertyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ActionPropertyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One property in DigitalCFO's form (THIRD-PARTY.md).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ActionPropertyValue {
        pub name: ::std::string::String,
        ///The kind of property; the client sent `Custom`.
        #[serde(
            rename = "propertyType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub property_type: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ActionPropertyType,
        pub value: ::std::string::String,
    }
    impl ActionPropertyValue {
        pub fn builder() -> builder::ActionPropertyValue {
            Default::default()
        }
    }
    ///A built-in Action; `actionType` says which body follows.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "actionType")]
    pub enum ActionRequest {
        ///Survey
        Survey {
            #[serde(rename = "actionBody")]
            action_body: SurveyBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Job
        Job {
            #[serde(rename = "actionBody")]
            action_body: JobBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Poll
        Poll {
            #[serde(rename = "actionBody")]
            action_body: PollBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///LetsMeet
        LetsMeet {
            #[serde(rename = "actionBody")]
            action_body: LetsMeetBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Announcement
        Announcement {
            #[serde(rename = "actionBody")]
            action_body: AnnouncementBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Image
        Image {
            #[serde(rename = "actionBody")]
            action_body: MediaBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Album
        Album {
            #[serde(rename = "actionBody")]
            action_body: MediaBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Audio
        Audio {
            #[serde(rename = "actionBody")]
            action_body: MediaBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Document
        Document {
            #[serde(rename = "actionBody")]
            action_body: MediaBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
        ///Video
        Video {
            #[serde(rename = "actionBody")]
            action_body: MediaBody,
            #[serde(
                rename = "sendToAllSubscribers",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            send_to_all_subscribers: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            subscribers: ::std::option::Option<SubscriberNumbers>,
        },
    }
    ///A response to a Job or a Survey.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "actionType")]
    pub enum ActionResponseRequest {
        ///Job
        Job {
            #[serde(rename = "actionBody")]
            action_body: JobResponseBody,
            ///Set to edit an earlier response.
            #[serde(
                rename = "responseId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            response_id: ::std::option::Option<::std::string::String>,
        },
        ///Survey
        Survey {
            #[serde(rename = "actionBody")]
            action_body: SurveyResponseBody,
            ///Set to edit an earlier response.
            #[serde(
                rename = "responseId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            response_id: ::std::option::Option<::std::string::String>,
        },
    }
    ///`ActionResponseResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ActionResponseResult {
        ///Identifies the response; pass it back to edit it.
        #[serde(rename = "responseId")]
        pub response_id: ::std::string::String,
    }
    impl ActionResponseResult {
        pub fn builder() -> builder::ActionResponseResult {
            Default::default()
        }
    }
    /**One Action in a list, decoded by `actionType`. The samples disagree on
the time field (`creationTime` in epoch seconds, or `sentAt` as an ISO
date); both are optional. An Action type this spec does not know
decodes as `UnknownActionSummary` with its raw body. Every field of the
known bodies is optional, so a known type with sparse fields still
decodes as itself.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ActionSummary {
        KnownActionSummary(KnownActionSummary),
        UnknownActionSummary(UnknownActionSummary),
    }
    impl ::std::convert::From<KnownActionSummary> for ActionSummary {
        fn from(value: KnownActionSummary) -> Self {
            Self::KnownActionSummary(value)
        }
    }
    impl ::std::convert::From<UnknownActionSummary> for ActionSummary {
        fn from(value: UnknownActionSummary) -> Self {
            Self::UnknownActionSummary(value)
        }
    }
    ///`AddBotToGroupGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddBotToGroupGroupId(::std::string::String);
    impl ::std::ops::Deref for AddBotToGroupGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddBotToGroupGroupId> for ::std::string::String {
        fn from(value: AddBotToGroupGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddBotToGroupGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddBotToGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddBotToGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddBotToGroupGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`AddBotToGroupRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddBotToGroupRequest {
        #[serde(rename = "botUserId")]
        pub bot_user_id: AddBotToGroupRequestBotUserId,
    }
    impl AddBotToGroupRequest {
        pub fn builder() -> builder::AddBotToGroupRequest {
            Default::default()
        }
    }
    ///`AddBotToGroupRequestBotUserId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddBotToGroupRequestBotUserId(::std::string::String);
    impl ::std::ops::Deref for AddBotToGroupRequestBotUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddBotToGroupRequestBotUserId> for ::std::string::String {
        fn from(value: AddBotToGroupRequestBotUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddBotToGroupRequestBotUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddBotToGroupRequestBotUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AddBotToGroupRequestBotUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddBotToGroupRequestBotUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`AddMembersGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddMembersGroupId(::std::string::String);
    impl ::std::ops::Deref for AddMembersGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddMembersGroupId> for ::std::string::String {
        fn from(value: AddMembersGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddMembersGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddMembersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddMembersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddMembersGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`AddMembersRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddMembersRequest {
        pub members: ::std::vec::Vec<PhoneNumber>,
    }
    impl AddMembersRequest {
        pub fn builder() -> builder::AddMembersRequest {
            Default::default()
        }
    }
    ///`AddReactionGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddReactionGroupId(::std::string::String);
    impl ::std::ops::Deref for AddReactionGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddReactionGroupId> for ::std::string::String {
        fn from(value: AddReactionGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddReactionGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddReactionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddReactionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddReactionGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`comment` is required for a Comment and ignored for a Like.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddReactionRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        #[serde(rename = "reactionType")]
        pub reaction_type: ReactionType,
        #[serde(rename = "referenceId")]
        pub reference_id: ::std::string::String,
        ///The group the Action was sent in.
        #[serde(rename = "sourceGroupId")]
        pub source_group_id: ::std::string::String,
    }
    impl AddReactionRequest {
        pub fn builder() -> builder::AddReactionRequest {
            Default::default()
        }
    }
    ///`AddReactionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddReactionResponse {
        #[serde(rename = "reactionId")]
        pub reaction_id: ::std::string::String,
    }
    impl AddReactionResponse {
        pub fn builder() -> builder::AddReactionResponse {
            Default::default()
        }
    }
    ///`AddSubGroupGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddSubGroupGroupId(::std::string::String);
    impl ::std::ops::Deref for AddSubGroupGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddSubGroupGroupId> for ::std::string::String {
        fn from(value: AddSubGroupGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddSubGroupGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddSubGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddSubGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddSubGroupGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The Swagger file's body (`#/definitions/Request - Add group as a
subGroup to another group`): the ids of existing groups to attach
below `groupId`, as an array. The pages show no body.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddSubGroupRequest {
        ///The existing groups to attach below `groupId`.
        #[serde(rename = "subGroups")]
        pub sub_groups: ::std::vec::Vec<::std::string::String>,
    }
    impl AddSubGroupRequest {
        pub fn builder() -> builder::AddSubGroupRequest {
            Default::default()
        }
    }
    ///`AddSubscribersGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AddSubscribersGroupId(::std::string::String);
    impl ::std::ops::Deref for AddSubscribersGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AddSubscribersGroupId> for ::std::string::String {
        fn from(value: AddSubscribersGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AddSubscribersGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AddSubscribersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AddSubscribersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddSubscribersGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**Every sample sends `message` alone or with media: the Swagger file's
`PostCustomAnnouncementToAGroup` sends `{"message": ...}` (with
`actiontype` in lower case), its `[withImages]` variant `Message` and
`MediaResources`, and the page capitalises `Title` and `Message`. So
only `message` is required. The service binds keys
case-insensitively, and we send camelCase like every other body.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AnnouncementBody {
        #[serde(
            rename = "mediaResources",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub media_resources: ::std::vec::Vec<::std::string::String>,
        pub message: AnnouncementBodyMessage,
        ///Optional; shown above the message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl AnnouncementBody {
        pub fn builder() -> builder::AnnouncementBody {
            Default::default()
        }
    }
    ///`AnnouncementBodyMessage`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AnnouncementBodyMessage(::std::string::String);
    impl ::std::ops::Deref for AnnouncementBodyMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AnnouncementBodyMessage> for ::std::string::String {
        fn from(value: AnnouncementBodyMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AnnouncementBodyMessage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4000usize {
                return Err("longer than 4000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AnnouncementBodyMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AnnouncementBodyMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AnnouncementBodyMessage {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`AnnouncementEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AnnouncementEventData {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub media: ::std::vec::Vec<MediaItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl AnnouncementEventData {
        pub fn builder() -> builder::AnnouncementEventData {
            Default::default()
        }
    }
    ///`AttachmentCreatedEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AttachmentCreatedEventData {
        #[serde(
            rename = "actionType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub media: ::std::vec::Vec<MediaItem>,
    }
    impl AttachmentCreatedEventData {
        pub fn builder() -> builder::AttachmentCreatedEventData {
            Default::default()
        }
    }
    ///What both third-party clients sent (THIRD-PARTY.md).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateBotRequest {
        pub name: CreateBotRequestName,
        ///The base64 text of a JSON image descriptor.
        #[serde(
            rename = "profilePic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub profile_pic: ::std::option::Option<::std::string::String>,
    }
    impl CreateBotRequest {
        pub fn builder() -> builder::CreateBotRequest {
            Default::default()
        }
    }
    ///`CreateBotRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBotRequestName(::std::string::String);
    impl ::std::ops::Deref for CreateBotRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBotRequestName> for ::std::string::String {
        fn from(value: CreateBotRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBotRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBotRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateBotRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBotRequestName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateBotResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateBotResponse {
        ///The bot's user id (a GUID).
        #[serde(rename = "botUserId")]
        pub bot_user_id: ::std::string::String,
    }
    impl CreateBotResponse {
        pub fn builder() -> builder::CreateBotResponse {
            Default::default()
        }
    }
    ///`CreateGroupRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateGroupRequest {
        #[serde(
            rename = "groupType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_type: ::std::option::Option<GroupType>,
        ///Up to 100 members to add; the token's user is always added as admin.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub members: ::std::vec::Vec<PhoneNumber>,
        ///The group's name.
        pub name: ::std::string::String,
        ///Shown to new members.
        #[serde(rename = "welcomeMessage")]
        pub welcome_message: ::std::string::String,
    }
    impl CreateGroupRequest {
        pub fn builder() -> builder::CreateGroupRequest {
            Default::default()
        }
    }
    ///`CreateGroupResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateGroupResponse {
        ///The new group's id.
        #[serde(rename = "groupId")]
        pub group_id: ::std::string::String,
        #[serde(
            rename = "groupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "membersAdded",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub members_added: ::std::option::Option<LenientBool>,
    }
    impl CreateGroupResponse {
        pub fn builder() -> builder::CreateGroupResponse {
            Default::default()
        }
    }
    ///`CreateSubGroupGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateSubGroupGroupId(::std::string::String);
    impl ::std::ops::Deref for CreateSubGroupGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateSubGroupGroupId> for ::std::string::String {
        fn from(value: CreateSubGroupGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateSubGroupGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateSubGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateSubGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateSubGroupGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The sources name the sub-group's name differently: the Swagger file
(Microsoft's test collection for the live service) sends the
createGroup body `name`, `welcomeMessage`, `members`, `groupType`;
the page's 2017-08-27 version renamed the key `Name`; every other
version, 2018's included, sends `groupName` and `addUserToGroup`.
An ASP.NET binder matches keys case-insensitively (`Name` is `name`)
and ignores keys it does not bind, so a body carrying both `name` and
`groupName` (the same value) is accepted under every reading.
The service accepted either key (each source sent one), so a request
needs one of them (`anyOf`); the generated client sends both, with
the same value (`x-kaizala-client-sends`: its type requires both).
`welcomeMessage` is required because the Swagger body and the page's
table (Optional? No) require it. The reference table types
`welcomeMessage` as an array of phone numbers; its sample and the
group API send a string, which we follow.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateSubGroupRequest {
        ///False to leave the calling user out of the new group.
        #[serde(
            rename = "addUserToGroup",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub add_user_to_group: ::std::option::Option<bool>,
        ///A media URL uploaded through /media.
        #[serde(
            rename = "groupImageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_image_url: ::std::option::Option<::std::string::String>,
        ///The sub-group's name (the reference pages' key); the same value as `name`.
        #[serde(rename = "groupName")]
        pub group_name: ::std::string::String,
        #[serde(
            rename = "groupType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_type: ::std::option::Option<GroupType>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub members: ::std::vec::Vec<PhoneNumber>,
        ///The sub-group's name (the Swagger/createGroup key); the same value as `groupName`.
        pub name: ::std::string::String,
        #[serde(rename = "welcomeMessage")]
        pub welcome_message: ::std::string::String,
    }
    impl CreateSubGroupRequest {
        pub fn builder() -> builder::CreateSubGroupRequest {
            Default::default()
        }
    }
    ///`CreateSubGroupResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateSubGroupResponse {
        #[serde(rename = "groupId")]
        pub group_id: ::std::string::String,
        #[serde(
            rename = "groupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
    }
    impl CreateSubGroupResponse {
        pub fn builder() -> builder::CreateSubGroupResponse {
            Default::default()
        }
    }
    /**Note the request spells `callBackUrl`/`eventTypes` while listWebhooks
answers `callbackUrl`/`events`: that is the service, not a typo here.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateWebhookRequest {
        ///Sent back as `context` in every delivery.
        #[serde(
            rename = "callBackContext",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_back_context: ::std::option::Option<::std::string::String>,
        ///Sent back in the `kz-callback-token` header of every delivery; a secret.
        #[serde(
            rename = "callBackToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_back_token: ::std::option::Option<crate::secret::Secret>,
        ///The callback (HTTPS for the real service).
        #[serde(rename = "callBackUrl")]
        pub call_back_url: CreateWebhookRequestCallBackUrl,
        #[serde(rename = "eventTypes")]
        pub event_types: ::std::vec::Vec<WebhookEventType>,
        ///The group id, Action id or action-package id.
        #[serde(rename = "objectId")]
        pub object_id: ::std::string::String,
        #[serde(rename = "objectType")]
        pub object_type: WebhookObjectType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validity: ::std::option::Option<EpochMillis>,
    }
    impl CreateWebhookRequest {
        pub fn builder() -> builder::CreateWebhookRequest {
            Default::default()
        }
    }
    ///The callback (HTTPS for the real service).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateWebhookRequestCallBackUrl(::std::string::String);
    impl ::std::ops::Deref for CreateWebhookRequestCallBackUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebhookRequestCallBackUrl>
    for ::std::string::String {
        fn from(value: CreateWebhookRequestCallBackUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebhookRequestCallBackUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebhookRequestCallBackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebhookRequestCallBackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebhookRequestCallBackUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateWebhookResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateWebhookResponse {
        #[serde(rename = "webhookId")]
        pub webhook_id: ::std::string::String,
    }
    impl CreateWebhookResponse {
        pub fn builder() -> builder::CreateWebhookResponse {
            Default::default()
        }
    }
    ///`DeleteWebhookWebhookId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteWebhookWebhookId(::std::string::String);
    impl ::std::ops::Deref for DeleteWebhookWebhookId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteWebhookWebhookId> for ::std::string::String {
        fn from(value: DeleteWebhookWebhookId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteWebhookWebhookId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteWebhookWebhookId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteWebhookWebhookId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteWebhookWebhookId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A response with no documented fields (`{}`); anything present is ignored.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct EmptyResponse(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for EmptyResponse {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<EmptyResponse>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: EmptyResponse) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for EmptyResponse {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Milliseconds since the Unix epoch.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct EpochMillis(pub i64);
    impl ::std::ops::Deref for EpochMillis {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<EpochMillis> for i64 {
        fn from(value: EpochMillis) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for EpochMillis {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EpochMillis {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EpochMillis {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EpochMillis {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EpochMillis {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///SECONDS since the Unix epoch (the Action list's `creationTime`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct EpochSeconds(pub i64);
    impl ::std::ops::Deref for EpochSeconds {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<EpochSeconds> for i64 {
        fn from(value: EpochSeconds) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for EpochSeconds {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EpochSeconds {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EpochSeconds {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EpochSeconds {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EpochSeconds {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///The service's error code, a string or a number.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ErrorCode {
        String(::std::string::String),
        Int64(i64),
    }
    impl ::std::fmt::Display for ErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ErrorCode {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    /**The error body. The reference pages do not document it; the service's
errors carry `message`, `errorCode` and `errorCategoryKey` (the code
may be a string or a number). Every field is optional and unknown
fields are kept, so any JSON object decodes.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorResponse {
        ///The error's category.
        #[serde(
            rename = "errorCategoryKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_category_key: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<ErrorCode>,
        ///What went wrong, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`GeneratePinRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GeneratePinRequest {
        ///The connector (application) id.
        #[serde(rename = "applicationId")]
        pub application_id: ::std::string::String,
        #[serde(rename = "mobileNumber")]
        pub mobile_number: PhoneNumber,
    }
    impl GeneratePinRequest {
        pub fn builder() -> builder::GeneratePinRequest {
            Default::default()
        }
    }
    ///`GetAccessTokenApplicationId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetAccessTokenApplicationId(::std::string::String);
    impl ::std::ops::Deref for GetAccessTokenApplicationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetAccessTokenApplicationId> for ::std::string::String {
        fn from(value: GetAccessTokenApplicationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetAccessTokenApplicationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetAccessTokenApplicationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetAccessTokenApplicationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetAccessTokenApplicationId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetActionActionId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetActionActionId(::std::string::String);
    impl ::std::ops::Deref for GetActionActionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetActionActionId> for ::std::string::String {
        fn from(value: GetActionActionId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetActionActionId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetActionActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetActionActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetActionActionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetActionGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetActionGroupId(::std::string::String);
    impl ::std::ops::Deref for GetActionGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetActionGroupId> for ::std::string::String {
        fn from(value: GetActionGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetActionGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetActionGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetActionReactionSummaryGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetActionReactionSummaryGroupId(::std::string::String);
    impl ::std::ops::Deref for GetActionReactionSummaryGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetActionReactionSummaryGroupId>
    for ::std::string::String {
        fn from(value: GetActionReactionSummaryGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetActionReactionSummaryGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetActionReactionSummaryGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetActionReactionSummaryGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetActionReactionSummaryGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetActionReactionSummaryReferenceId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetActionReactionSummaryReferenceId(::std::string::String);
    impl ::std::ops::Deref for GetActionReactionSummaryReferenceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetActionReactionSummaryReferenceId>
    for ::std::string::String {
        fn from(value: GetActionReactionSummaryReferenceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetActionReactionSummaryReferenceId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetActionReactionSummaryReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetActionReactionSummaryReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetActionReactionSummaryReferenceId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetActionReactionSummarySourceGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetActionReactionSummarySourceGroupId(::std::string::String);
    impl ::std::ops::Deref for GetActionReactionSummarySourceGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetActionReactionSummarySourceGroupId>
    for ::std::string::String {
        fn from(value: GetActionReactionSummarySourceGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetActionReactionSummarySourceGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetActionReactionSummarySourceGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetActionReactionSummarySourceGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetActionReactionSummarySourceGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetBotAccessTokenBotUserId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetBotAccessTokenBotUserId(::std::string::String);
    impl ::std::ops::Deref for GetBotAccessTokenBotUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetBotAccessTokenBotUserId> for ::std::string::String {
        fn from(value: GetBotAccessTokenBotUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetBotAccessTokenBotUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetBotAccessTokenBotUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetBotAccessTokenBotUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetBotAccessTokenBotUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetGroupGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetGroupGroupId(::std::string::String);
    impl ::std::ops::Deref for GetGroupGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetGroupGroupId> for ::std::string::String {
        fn from(value: GetGroupGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetGroupGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetGroupGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetGroupReactionSummaryGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetGroupReactionSummaryGroupId(::std::string::String);
    impl ::std::ops::Deref for GetGroupReactionSummaryGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetGroupReactionSummaryGroupId> for ::std::string::String {
        fn from(value: GetGroupReactionSummaryGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetGroupReactionSummaryGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetGroupReactionSummaryGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetGroupReactionSummaryGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetGroupReactionSummaryGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetGroupReactionSummarySourceGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetGroupReactionSummarySourceGroupId(::std::string::String);
    impl ::std::ops::Deref for GetGroupReactionSummarySourceGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetGroupReactionSummarySourceGroupId>
    for ::std::string::String {
        fn from(value: GetGroupReactionSummarySourceGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetGroupReactionSummarySourceGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetGroupReactionSummarySourceGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetGroupReactionSummarySourceGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetGroupReactionSummarySourceGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A group as the service reports it. The reference table spells the image
field `groupImageURL`; every sample (what the service sends) spells it
`groupImageUrl`, which is what we read. `groupType` and `callerRole`
stay strings so that values added later still decode.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Group {
        ///The token user's role, e.g. Admin or Member.
        #[serde(
            rename = "callerRole",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub caller_role: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "currentLevelParentGroupCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_level_parent_group_count: ::std::option::Option<i64>,
        #[serde(
            rename = "currentLevelSubGroupCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_level_sub_group_count: ::std::option::Option<i64>,
        #[serde(
            rename = "currentLevelUnProvisionedUserCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_level_un_provisioned_user_count: ::std::option::Option<i64>,
        #[serde(
            rename = "currentLevelUserCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_level_user_count: ::std::option::Option<i64>,
        #[serde(rename = "groupId")]
        pub group_id: ::std::string::String,
        #[serde(
            rename = "groupImageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_image_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///Group or ConnectGroup (managed public group).
        #[serde(
            rename = "groupType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "hasParentGroups",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_parent_groups: ::std::option::Option<bool>,
        #[serde(
            rename = "hasSubGroups",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_sub_groups: ::std::option::Option<bool>,
        #[serde(
            rename = "isDetailsReadable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_details_readable: ::std::option::Option<bool>,
        #[serde(
            rename = "isDuplicate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_duplicate: ::std::option::Option<bool>,
        #[serde(
            rename = "isEditable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_editable: ::std::option::Option<bool>,
        #[serde(
            rename = "isMappedToTenant",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_mapped_to_tenant: ::std::option::Option<bool>,
        ///Present in listSubGroups.
        #[serde(
            rename = "subGroups",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub sub_groups: ::std::vec::Vec<Group>,
        #[serde(
            rename = "unProvisionedUserCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub un_provisioned_user_count: ::std::option::Option<i64>,
        #[serde(
            rename = "uniqueUserCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unique_user_count: ::std::option::Option<i64>,
        #[serde(
            rename = "userCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_count: ::std::option::Option<i64>,
        ///The group's welcome message (the Swagger file's listSubGroups example shows it).
        #[serde(
            rename = "welcomeMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub welcome_message: ::std::option::Option<::std::string::String>,
    }
    impl Group {
        pub fn builder() -> builder::Group {
            Default::default()
        }
    }
    ///GroupAdded and GroupRemoved (a sub-group attached or detached).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct GroupEventData {
        #[serde(
            rename = "groupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "parentGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_group_id: ::std::option::Option<::std::string::String>,
    }
    impl GroupEventData {
        pub fn builder() -> builder::GroupEventData {
            Default::default()
        }
    }
    ///`GroupList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GroupList {
        pub groups: ::std::vec::Vec<Group>,
    }
    impl GroupList {
        pub fn builder() -> builder::GroupList {
            Default::default()
        }
    }
    ///A conversation group, or a managed public group (ConnectGroup).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum GroupType {
        Group,
        ConnectGroup,
    }
    impl ::std::fmt::Display for GroupType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Group => f.write_str("Group"),
                Self::ConnectGroup => f.write_str("ConnectGroup"),
            }
        }
    }
    impl ::std::str::FromStr for GroupType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Group" => Ok(Self::Group),
                "ConnectGroup" => Ok(Self::ConnectGroup),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GroupType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GroupType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A picture in the Action list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ImageSummary {
        #[serde(
            rename = "imageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_url: ::std::option::Option<::std::string::String>,
    }
    impl ImageSummary {
        pub fn builder() -> builder::ImageSummary {
            Default::default()
        }
    }
    ///`JobBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JobBody {
        #[serde(rename = "assignedTo")]
        pub assigned_to: ::std::vec::Vec<PhoneNumber>,
        ///Hours until the job is due. Default 24.
        #[serde(
            rename = "dueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub due_date: ::std::option::Option<::std::num::NonZeroU64>,
        pub title: ::std::string::String,
    }
    impl JobBody {
        pub fn builder() -> builder::JobBody {
            Default::default()
        }
    }
    ///`JobCreatedEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct JobCreatedEventData {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "assignedTo",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub assigned_to: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "dueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub due_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(
            rename = "groupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl JobCreatedEventData {
        pub fn builder() -> builder::JobCreatedEventData {
            Default::default()
        }
    }
    ///`JobDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct JobDetails {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "assigneeCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assignee_count: ::std::option::Option<i64>,
        #[serde(
            rename = "dueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub due_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(
            rename = "responseCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_count: ::std::option::Option<i64>,
        ///The individual job responses (with getDetails; shape undocumented).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub responses: ::std::vec::Vec<::serde_json::Value>,
        ///True when every assignee completed the job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl JobDetails {
        pub fn builder() -> builder::JobDetails {
            Default::default()
        }
    }
    ///`JobResponseBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JobResponseBody {
        ///Mark the job completed.
        #[serde(rename = "isCompleted")]
        pub is_completed: bool,
    }
    impl JobResponseBody {
        pub fn builder() -> builder::JobResponseBody {
            Default::default()
        }
    }
    ///`JobResponseEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct JobResponseEventData {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///The responder's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub responder: ::std::option::Option<::std::string::String>,
        ///The responder's user id.
        #[serde(
            rename = "responderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responder_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "responderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responder_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "responderProfilePic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responder_profile_pic: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "responseDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_details: ::std::option::Option<JobResponseEventDataResponseDetails>,
        #[serde(
            rename = "responseId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_id: ::std::option::Option<::std::string::String>,
    }
    impl JobResponseEventData {
        pub fn builder() -> builder::JobResponseEventData {
            Default::default()
        }
    }
    ///`JobResponseEventDataResponseDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct JobResponseEventDataResponseDetails {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response: ::std::option::Option<JobResponseEventDataResponseDetailsResponse>,
    }
    impl JobResponseEventDataResponseDetails {
        pub fn builder() -> builder::JobResponseEventDataResponseDetails {
            Default::default()
        }
    }
    ///`JobResponseEventDataResponseDetailsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct JobResponseEventDataResponseDetailsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assignee: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "assigneeName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assignee_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "assigneeProfilePic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assignee_profile_pic: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isCompleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_completed: ::std::option::Option<LenientBool>,
    }
    impl JobResponseEventDataResponseDetailsResponse {
        pub fn builder() -> builder::JobResponseEventDataResponseDetailsResponse {
            Default::default()
        }
    }
    ///`JobSummary`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct JobSummary {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "assigneeCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assignee_count: ::std::option::Option<i64>,
        #[serde(
            rename = "isCompleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_completed: ::std::option::Option<bool>,
        #[serde(
            rename = "responseCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl JobSummary {
        pub fn builder() -> builder::JobSummary {
            Default::default()
        }
    }
    ///Details of a Job or a Survey, tagged by `actionType`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "actionType")]
    pub enum KnownActionDetails {
        ///Job
        Job {
            #[serde(rename = "actionDetails")]
            action_details: JobDetails,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
        ///Survey
        Survey {
            #[serde(rename = "actionDetails")]
            action_details: SurveyDetails,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
    }
    ///A listed Action of a type this spec knows, tagged by `actionType`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "actionType")]
    pub enum KnownActionSummary {
        ///Image
        Image {
            #[serde(rename = "actionBody")]
            action_body: ImageSummary,
            #[serde(
                rename = "creationTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            creation_time: ::std::option::Option<EpochSeconds>,
            #[serde(
                rename = "referenceId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            reference_id: ::std::option::Option<::std::string::String>,
            ///The sender's phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
        ///Job
        Job {
            #[serde(rename = "actionBody")]
            action_body: JobSummary,
            #[serde(
                rename = "creationTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            creation_time: ::std::option::Option<EpochSeconds>,
            #[serde(
                rename = "referenceId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            reference_id: ::std::option::Option<::std::string::String>,
            ///The sender's phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
        ///Survey
        Survey {
            #[serde(rename = "actionBody")]
            action_body: SurveySummary,
            #[serde(
                rename = "creationTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            creation_time: ::std::option::Option<EpochSeconds>,
            #[serde(
                rename = "referenceId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            reference_id: ::std::option::Option<::std::string::String>,
            ///The sender's phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
        ///Poll
        Poll {
            #[serde(rename = "actionBody")]
            action_body: PollSummary,
            #[serde(
                rename = "creationTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            creation_time: ::std::option::Option<EpochSeconds>,
            #[serde(
                rename = "referenceId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            reference_id: ::std::option::Option<::std::string::String>,
            ///The sender's phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
        ///LetsMeet
        LetsMeet {
            #[serde(rename = "actionBody")]
            action_body: LetsMeetSummary,
            #[serde(
                rename = "creationTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            creation_time: ::std::option::Option<EpochSeconds>,
            #[serde(
                rename = "referenceId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            reference_id: ::std::option::Option<::std::string::String>,
            ///The sender's phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
        ///ShareLocation
        ShareLocation {
            #[serde(rename = "actionBody")]
            action_body: LocationSummary,
            #[serde(
                rename = "creationTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            creation_time: ::std::option::Option<EpochSeconds>,
            #[serde(
                rename = "referenceId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            reference_id: ::std::option::Option<::std::string::String>,
            ///The sender's phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
        ///PhotoWithLocation
        PhotoWithLocation {
            #[serde(rename = "actionBody")]
            action_body: LocationSummary,
            #[serde(
                rename = "creationTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            creation_time: ::std::option::Option<EpochSeconds>,
            #[serde(
                rename = "referenceId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            reference_id: ::std::option::Option<::std::string::String>,
            ///The sender's phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            sender: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "sentAt",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        },
    }
    /**A boolean the service sometimes sends as a string: members PUT/DELETE
answer `"result": "true"`. Accepts `true`/`false` and their string forms.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum LenientBool {
        Boolean(bool),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for LenientBool {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Boolean(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<bool> for LenientBool {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    /**The reference table names the length `DurationInMins`; its sample and
the list response use `duration`, which we send.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LetsMeetBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agenda: ::std::option::Option<::std::string::String>,
        ///Minutes. Default 30.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<::std::num::NonZeroU32>,
        #[serde(
            rename = "isSenderOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender_only: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub place: ::std::option::Option<Location>,
        #[serde(rename = "startingTime")]
        pub starting_time: ::chrono::DateTime<::chrono::offset::Utc>,
        pub title: ::std::string::String,
    }
    impl LetsMeetBody {
        pub fn builder() -> builder::LetsMeetBody {
            Default::default()
        }
    }
    ///`LetsMeetSummary`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LetsMeetSummary {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agenda: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<i32>,
        #[serde(
            rename = "isSenderOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender_only: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub place: ::std::option::Option<Location>,
        #[serde(
            rename = "startingTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub starting_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl LetsMeetSummary {
        pub fn builder() -> builder::LetsMeetSummary {
            Default::default()
        }
    }
    ///`ListActionsActionType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListActionsActionType(::std::string::String);
    impl ::std::ops::Deref for ListActionsActionType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListActionsActionType> for ::std::string::String {
        fn from(value: ListActionsActionType) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListActionsActionType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListActionsActionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListActionsActionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListActionsActionType {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListActionsGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListActionsGroupId(::std::string::String);
    impl ::std::ops::Deref for ListActionsGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListActionsGroupId> for ::std::string::String {
        fn from(value: ListActionsGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListActionsGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListActionsGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListActionsGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListActionsGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListMembersGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListMembersGroupId(::std::string::String);
    impl ::std::ops::Deref for ListMembersGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListMembersGroupId> for ::std::string::String {
        fn from(value: ListMembersGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListMembersGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListMembersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListMembersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListMembersGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListReactionsGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListReactionsGroupId(::std::string::String);
    impl ::std::ops::Deref for ListReactionsGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListReactionsGroupId> for ::std::string::String {
        fn from(value: ListReactionsGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListReactionsGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListReactionsGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListReactionsGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListReactionsGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListReactionsReferenceId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListReactionsReferenceId(::std::string::String);
    impl ::std::ops::Deref for ListReactionsReferenceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListReactionsReferenceId> for ::std::string::String {
        fn from(value: ListReactionsReferenceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListReactionsReferenceId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListReactionsReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListReactionsReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListReactionsReferenceId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListReactionsSourceGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListReactionsSourceGroupId(::std::string::String);
    impl ::std::ops::Deref for ListReactionsSourceGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListReactionsSourceGroupId> for ::std::string::String {
        fn from(value: ListReactionsSourceGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListReactionsSourceGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListReactionsSourceGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListReactionsSourceGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListReactionsSourceGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListSubGroupsGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListSubGroupsGroupId(::std::string::String);
    impl ::std::ops::Deref for ListSubGroupsGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListSubGroupsGroupId> for ::std::string::String {
        fn from(value: ListSubGroupsGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListSubGroupsGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListSubGroupsGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListSubGroupsGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListSubGroupsGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListSubscribersGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListSubscribersGroupId(::std::string::String);
    impl ::std::ops::Deref for ListSubscribersGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListSubscribersGroupId> for ::std::string::String {
        fn from(value: ListSubscribersGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListSubscribersGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListSubscribersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListSubscribersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListSubscribersGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListWebhooksObjectId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListWebhooksObjectId(::std::string::String);
    impl ::std::ops::Deref for ListWebhooksObjectId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListWebhooksObjectId> for ::std::string::String {
        fn from(value: ListWebhooksObjectId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListWebhooksObjectId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListWebhooksObjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListWebhooksObjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListWebhooksObjectId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A place.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Location {
        pub latitude: f64,
        pub longitude: f64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Location {
        pub fn builder() -> builder::Location {
            Default::default()
        }
    }
    ///A Location answer, in the short keys the service uses.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LocationAnswer {
        ///Accuracy in metres, as the app reports it in Location answers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub acc: ::std::option::Option<f64>,
        ///Longitude.
        pub lg: f64,
        ///Latitude.
        pub lt: f64,
        ///Name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub n: ::std::option::Option<::std::string::String>,
    }
    impl LocationAnswer {
        pub fn builder() -> builder::LocationAnswer {
            Default::default()
        }
    }
    /**ShareLocation and PhotoWithLocation. The reference page's
PhotoWithLocation sample is labelled `ShareLocation` and adds
`imageUrl`, so both share one shape.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LocationSummary {
        #[serde(
            rename = "imageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latitude: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub longitude: ::std::option::Option<f64>,
    }
    impl LocationSummary {
        pub fn builder() -> builder::LocationSummary {
            Default::default()
        }
    }
    ///`LoginWithPinRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LoginWithPinRequest {
        ///The connector (application) id.
        #[serde(rename = "applicationId")]
        pub application_id: ::std::string::String,
        #[serde(rename = "mobileNumber")]
        pub mobile_number: PhoneNumber,
        pub pin: crate::pin::Pin,
    }
    impl LoginWithPinRequest {
        pub fn builder() -> builder::LoginWithPinRequest {
            Default::default()
        }
    }
    ///`LoginWithPinResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LoginWithPinResponse {
        ///The permissions granted to the connector.
        #[serde(
            rename = "grantedScope",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub granted_scope: ::std::option::Option<::std::string::String>,
        #[serde(rename = "refreshToken")]
        pub refresh_token: crate::secret::Secret,
        #[serde(
            rename = "refreshTokenExpiry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token_expiry: ::std::option::Option<EpochMillis>,
    }
    impl LoginWithPinResponse {
        pub fn builder() -> builder::LoginWithPinResponse {
            Default::default()
        }
    }
    ///`MediaBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MediaBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///From uploadMedia.
        #[serde(rename = "mediaResource")]
        pub media_resource: ::std::string::String,
    }
    impl MediaBody {
        pub fn builder() -> builder::MediaBody {
            Default::default()
        }
    }
    /**A media file in an event. AttachmentCreated sends `mediaUrl` and
`mediaFileName`; Announcement sends `url` and `fileName`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct MediaItem {
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mediaFileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media_file_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mediaUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl MediaItem {
        pub fn builder() -> builder::MediaItem {
            Default::default()
        }
    }
    /**One part named `files` (the reference page's only name for it), with
the file name and the media content type on the part.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MediaUploadForm {
        ///The file, with its media content type on the part.
        pub files: ::std::string::String,
    }
    impl MediaUploadForm {
        pub fn builder() -> builder::MediaUploadForm {
            Default::default()
        }
    }
    ///`MediaUploadResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MediaUploadResponse {
        ///Opaque; send it in a media Action's `mediaResource`.
        #[serde(rename = "mediaResource")]
        pub media_resource: ::std::string::String,
    }
    impl MediaUploadResponse {
        pub fn builder() -> builder::MediaUploadResponse {
            Default::default()
        }
    }
    ///`MediaUrlRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MediaUrlRequest {
        ///Where the service fetches the media (the client sent an https URL).
        #[serde(rename = "mediaUrl")]
        pub media_url: MediaUrlRequestMediaUrl,
    }
    impl MediaUrlRequest {
        pub fn builder() -> builder::MediaUrlRequest {
            Default::default()
        }
    }
    ///Where the service fetches the media (the client sent an https URL).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MediaUrlRequestMediaUrl(::std::string::String);
    impl ::std::ops::Deref for MediaUrlRequestMediaUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MediaUrlRequestMediaUrl> for ::std::string::String {
        fn from(value: MediaUrlRequestMediaUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MediaUrlRequestMediaUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MediaUrlRequestMediaUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MediaUrlRequestMediaUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MediaUrlRequestMediaUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`Member`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Member {
        pub id: ::std::string::String,
        #[serde(
            rename = "isProvisioned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_provisioned: ::std::option::Option<bool>,
        #[serde(
            rename = "mobileNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mobile_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Admin or Member (kept a string so later roles decode).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<::std::string::String>,
    }
    impl Member {
        pub fn builder() -> builder::Member {
            Default::default()
        }
    }
    ///MemberAdded and MemberRemoved.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct MemberEventData {
        ///The member's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub member: ::std::option::Option<::std::string::String>,
        ///The member's user id (what removeMember takes).
        #[serde(
            rename = "memberId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub member_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "memberName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub member_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "memberProfilePic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub member_profile_pic: ::std::option::Option<::std::string::String>,
        ///The member's role.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl MemberEventData {
        pub fn builder() -> builder::MemberEventData {
            Default::default()
        }
    }
    ///`MemberList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MemberList {
        pub members: ::std::vec::Vec<Member>,
    }
    impl MemberList {
        pub fn builder() -> builder::MemberList {
            Default::default()
        }
    }
    ///The form fields of the OAuth token request (Tokens.md, step 4).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OAuthTokenRequest {
        ///The connector (application) id.
        pub client_id: ::std::string::String,
        ///The connector (application) secret.
        pub client_secret: crate::secret::Secret,
        ///The single-use code the authorize redirect carried; a secret.
        pub code: crate::secret::Secret,
    }
    impl OAuthTokenRequest {
        pub fn builder() -> builder::OAuthTokenRequest {
            Default::default()
        }
    }
    /**The answer of an operation whose success body no source shows
(addSubGroup, removeSubGroup): `{}`, an empty body (read as `{}`) or
a `result` flag all mean success.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OptionalResultResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<LenientBool>,
    }
    impl OptionalResultResponse {
        pub fn builder() -> builder::OptionalResultResponse {
            Default::default()
        }
    }
    /**A mobile number in E.164 form: `+`, country code, number, no spaces
(`+911099999999`). Used in requests only; responses carry numbers as
plain strings because real deliveries contain masked numbers.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct PhoneNumber(::std::string::String);
    impl ::std::ops::Deref for PhoneNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PhoneNumber> for ::std::string::String {
        fn from(value: PhoneNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PhoneNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^\\+[1-9][0-9]{6,14}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("a phone number must be in E.164 form: `+`, the country code, then the number, 7 to 15 digits with no spaces or dashes (e.g. +14255550100)".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PhoneNumber {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`PollBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PollBody {
        pub choices: ::std::vec::Vec<PollChoice>,
        ///Hours until the poll closes. Default 720.
        #[serde(
            rename = "expiryInHours",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiry_in_hours: ::std::option::Option<::std::num::NonZeroU32>,
        pub question: ::std::string::String,
    }
    impl PollBody {
        pub fn builder() -> builder::PollBody {
            Default::default()
        }
    }
    ///`PollChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PollChoice {
        ///A mediaResource (in requests) or image URL (in responses).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        pub title: ::std::string::String,
    }
    impl PollChoice {
        pub fn builder() -> builder::PollChoice {
            Default::default()
        }
    }
    ///`PollSummary`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PollSummary {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub choices: ::std::vec::Vec<PollChoice>,
        #[serde(
            rename = "expiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiry_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "isSenderOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender_only: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub question: ::std::option::Option<::std::string::String>,
    }
    impl PollSummary {
        pub fn builder() -> builder::PollSummary {
            Default::default()
        }
    }
    ///`Question`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Question {
        #[serde(
            rename = "isInvisible",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_invisible: ::std::option::Option<bool>,
        ///Required for SingleOption and MultiOption.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub options: ::std::vec::Vec<QuestionOption>,
        pub title: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: QuestionType,
    }
    impl Question {
        pub fn builder() -> builder::Question {
            Default::default()
        }
    }
    /**One answered question. `answer` depends on `type`: Text → string;
SingleOption → string, or a one-element array as real deliveries send
it; MultiOption → array of strings; Numeric → number; Date/DateTime →
epoch milliseconds; Location → object; AttachmentList → array of
MediaItem.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct QuestionAnswer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answer: ::std::option::Option<::serde_json::Value>,
        #[serde(
            rename = "isInvisible",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_invisible: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl QuestionAnswer {
        pub fn builder() -> builder::QuestionAnswer {
            Default::default()
        }
    }
    ///`QuestionOption`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct QuestionOption {
        pub title: ::std::string::String,
    }
    impl QuestionOption {
        pub fn builder() -> builder::QuestionOption {
            Default::default()
        }
    }
    ///The reference table says `Date`, its sample sends `DateTime`; both are listed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum QuestionType {
        SingleOption,
        MultiOption,
        Text,
        Image,
        Numeric,
        Date,
        DateTime,
        Location,
        AttachmentList,
    }
    impl ::std::fmt::Display for QuestionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SingleOption => f.write_str("SingleOption"),
                Self::MultiOption => f.write_str("MultiOption"),
                Self::Text => f.write_str("Text"),
                Self::Image => f.write_str("Image"),
                Self::Numeric => f.write_str("Numeric"),
                Self::Date => f.write_str("Date"),
                Self::DateTime => f.write_str("DateTime"),
                Self::Location => f.write_str("Location"),
                Self::AttachmentList => f.write_str("AttachmentList"),
            }
        }
    }
    impl ::std::str::FromStr for QuestionType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SingleOption" => Ok(Self::SingleOption),
                "MultiOption" => Ok(Self::MultiOption),
                "Text" => Ok(Self::Text),
                "Image" => Ok(Self::Image),
                "Numeric" => Ok(Self::Numeric),
                "Date" => Ok(Self::Date),
                "DateTime" => Ok(Self::DateTime),
                "Location" => Ok(Self::Location),
                "AttachmentList" => Ok(Self::AttachmentList),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for QuestionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for QuestionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ReactionDetail`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReactionDetail {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastModifiedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_modified_time: ::std::option::Option<EpochMillis>,
        #[serde(rename = "reactionId")]
        pub reaction_id: ::std::string::String,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl ReactionDetail {
        pub fn builder() -> builder::ReactionDetail {
            Default::default()
        }
    }
    ///`ReactionDetailsPage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReactionDetailsPage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<Ticks>,
        #[serde(rename = "reactionDetails")]
        pub reaction_details: ::std::vec::Vec<ReactionDetail>,
    }
    impl ReactionDetailsPage {
        pub fn builder() -> builder::ReactionDetailsPage {
            Default::default()
        }
    }
    ///`ReactionSummary`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReactionSummary {
        ///Counts per reaction kind (`like`, `comment`, and any the service adds).
        #[serde(
            rename = "reactionsCountMap",
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub reactions_count_map: ::std::collections::HashMap<::std::string::String, i64>,
        #[serde(rename = "referenceId")]
        pub reference_id: ::std::string::String,
    }
    impl ReactionSummary {
        pub fn builder() -> builder::ReactionSummary {
            Default::default()
        }
    }
    ///`ReactionSummaryPage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReactionSummaryPage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<Ticks>,
        pub summary: ::std::vec::Vec<ReactionSummary>,
    }
    impl ReactionSummaryPage {
        pub fn builder() -> builder::ReactionSummaryPage {
            Default::default()
        }
    }
    ///`ReactionType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ReactionType {
        Like,
        Comment,
    }
    impl ::std::fmt::Display for ReactionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Like => f.write_str("Like"),
                Self::Comment => f.write_str("Comment"),
            }
        }
    }
    impl ::std::str::FromStr for ReactionType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Like" => Ok(Self::Like),
                "Comment" => Ok(Self::Comment),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReactionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReactionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The answer of operations that post something to a group.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReferenceResponse {
        ///Identifies the posted message or Action.
        #[serde(rename = "referenceId")]
        pub reference_id: ::std::string::String,
    }
    impl ReferenceResponse {
        pub fn builder() -> builder::ReferenceResponse {
            Default::default()
        }
    }
    ///`RemoveMemberGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RemoveMemberGroupId(::std::string::String);
    impl ::std::ops::Deref for RemoveMemberGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RemoveMemberGroupId> for ::std::string::String {
        fn from(value: RemoveMemberGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RemoveMemberGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RemoveMemberGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RemoveMemberGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RemoveMemberGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RemoveMemberMemberId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RemoveMemberMemberId(::std::string::String);
    impl ::std::ops::Deref for RemoveMemberMemberId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RemoveMemberMemberId> for ::std::string::String {
        fn from(value: RemoveMemberMemberId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RemoveMemberMemberId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RemoveMemberMemberId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RemoveMemberMemberId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RemoveMemberMemberId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RemoveSubGroupGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RemoveSubGroupGroupId(::std::string::String);
    impl ::std::ops::Deref for RemoveSubGroupGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RemoveSubGroupGroupId> for ::std::string::String {
        fn from(value: RemoveSubGroupGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RemoveSubGroupGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RemoveSubGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RemoveSubGroupGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RemoveSubGroupGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RemoveSubGroupSubGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RemoveSubGroupSubGroupId(::std::string::String);
    impl ::std::ops::Deref for RemoveSubGroupSubGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RemoveSubGroupSubGroupId> for ::std::string::String {
        fn from(value: RemoveSubGroupSubGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RemoveSubGroupSubGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RemoveSubGroupSubGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RemoveSubGroupSubGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RemoveSubGroupSubGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RemoveSubscribersGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RemoveSubscribersGroupId(::std::string::String);
    impl ::std::ops::Deref for RemoveSubscribersGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RemoveSubscribersGroupId> for ::std::string::String {
        fn from(value: RemoveSubscribersGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RemoveSubscribersGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RemoveSubscribersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RemoveSubscribersGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RemoveSubscribersGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RespondToActionActionId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RespondToActionActionId(::std::string::String);
    impl ::std::ops::Deref for RespondToActionActionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RespondToActionActionId> for ::std::string::String {
        fn from(value: RespondToActionActionId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RespondToActionActionId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RespondToActionActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RespondToActionActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RespondToActionActionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`RespondToActionGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RespondToActionGroupId(::std::string::String);
    impl ::std::ops::Deref for RespondToActionGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RespondToActionGroupId> for ::std::string::String {
        fn from(value: RespondToActionGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RespondToActionGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RespondToActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RespondToActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RespondToActionGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A response to a built-in Action chosen by `actionType`, or to a custom action package instance chosen by `id`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum RespondToActionRequest {
        ResponseRequest(ActionResponseRequest),
        PackageResponseRequest(ActionPackageResponseRequest),
    }
    impl ::std::convert::From<ActionResponseRequest> for RespondToActionRequest {
        fn from(value: ActionResponseRequest) -> Self {
            Self::ResponseRequest(value)
        }
    }
    impl ::std::convert::From<ActionPackageResponseRequest> for RespondToActionRequest {
        fn from(value: ActionPackageResponseRequest) -> Self {
            Self::PackageResponseRequest(value)
        }
    }
    ///The answer of operations that only report success.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ResultResponse {
        pub result: LenientBool,
    }
    impl ResultResponse {
        pub fn builder() -> builder::ResultResponse {
            Default::default()
        }
    }
    ///`SendActionGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SendActionGroupId(::std::string::String);
    impl ::std::ops::Deref for SendActionGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendActionGroupId> for ::std::string::String {
        fn from(value: SendActionGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendActionGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SendActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendActionGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A built-in Action chosen by `actionType`, or a custom action package instance chosen by `id`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum SendActionRequest {
        Request(ActionRequest),
        PackageRequest(ActionPackageRequest),
    }
    impl ::std::convert::From<ActionRequest> for SendActionRequest {
        fn from(value: ActionRequest) -> Self {
            Self::Request(value)
        }
    }
    impl ::std::convert::From<ActionPackageRequest> for SendActionRequest {
        fn from(value: ActionPackageRequest) -> Self {
            Self::PackageRequest(value)
        }
    }
    ///`SendActionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SendActionResponse {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "referenceId")]
        pub reference_id: ::std::string::String,
    }
    impl SendActionResponse {
        pub fn builder() -> builder::SendActionResponse {
            Default::default()
        }
    }
    ///`SendMessageGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SendMessageGroupId(::std::string::String);
    impl ::std::ops::Deref for SendMessageGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendMessageGroupId> for ::std::string::String {
        fn from(value: SendMessageGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendMessageGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SendMessageGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendMessageGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendMessageGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**To the group: `message` alone. To selected subscribers of a public
group: with `subscribers`. To all its subscribers:
`sendToAllSubscribers: true` (the token's user must be an admin);
beside `subscribers` it still means all of them (no source shows the
service refusing both, and a real client sent both: THIRD-PARTY.md).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SendMessageRequest {
        ///The text, at most 4000 characters.
        pub message: SendMessageRequestMessage,
        #[serde(
            rename = "sendToAllSubscribers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_to_all_subscribers: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscribers: ::std::option::Option<SubscriberNumbers>,
    }
    impl SendMessageRequest {
        pub fn builder() -> builder::SendMessageRequest {
            Default::default()
        }
    }
    ///The text, at most 4000 characters.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SendMessageRequestMessage(::std::string::String);
    impl ::std::ops::Deref for SendMessageRequestMessage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendMessageRequestMessage> for ::std::string::String {
        fn from(value: SendMessageRequestMessage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendMessageRequestMessage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4000usize {
                return Err("longer than 4000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SendMessageRequestMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendMessageRequestMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendMessageRequestMessage {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A boolean sent as the string the sources show (`"Active": "true"`).
`"true"` re-enables a webhook the service disabled.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum StringBoolean {
        #[serde(rename = "true")]
        True,
        #[serde(rename = "false")]
        False,
    }
    impl ::std::fmt::Display for StringBoolean {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::True => f.write_str("true"),
                Self::False => f.write_str("false"),
            }
        }
    }
    impl ::std::str::FromStr for StringBoolean {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "true" => Ok(Self::True),
                "false" => Ok(Self::False),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for StringBoolean {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StringBoolean {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**The sources disagree: the page answers `{"groups": [...]}`, each
group with its `subGroups`; the Swagger file's example
(`#/definitions/Response - Fetch subGroup of a group`) answers the one
group object itself with a `subGroups` array. Both decode.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum SubGroupListResponse {
        GroupList(GroupList),
        SubGroupTree(SubGroupTree),
    }
    impl ::std::convert::From<GroupList> for SubGroupListResponse {
        fn from(value: GroupList) -> Self {
            Self::GroupList(value)
        }
    }
    impl ::std::convert::From<SubGroupTree> for SubGroupListResponse {
        fn from(value: SubGroupTree) -> Self {
            Self::SubGroupTree(value)
        }
    }
    ///One group with its `subGroups`, as the Swagger file's listSubGroups example answers.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct SubGroupTree(pub Group);
    impl ::std::ops::Deref for SubGroupTree {
        type Target = Group;
        fn deref(&self) -> &Group {
            &self.0
        }
    }
    impl ::std::convert::From<SubGroupTree> for Group {
        fn from(value: SubGroupTree) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<Group> for SubGroupTree {
        fn from(value: Group) -> Self {
            Self(value)
        }
    }
    ///`Subscriber`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Subscriber {
        pub id: ::std::string::String,
        #[serde(
            rename = "isProvisioned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_provisioned: ::std::option::Option<bool>,
        #[serde(
            rename = "mobileNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mobile_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "profilePic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub profile_pic: ::std::option::Option<::std::string::String>,
    }
    impl Subscriber {
        pub fn builder() -> builder::Subscriber {
            Default::default()
        }
    }
    /**In a public group, the subscribers who receive a message or Action;
absent means the whole group (or everyone, with sendToAllSubscribers).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct SubscriberNumbers(pub ::std::vec::Vec<PhoneNumber>);
    impl ::std::ops::Deref for SubscriberNumbers {
        type Target = ::std::vec::Vec<PhoneNumber>;
        fn deref(&self) -> &::std::vec::Vec<PhoneNumber> {
            &self.0
        }
    }
    impl ::std::convert::From<SubscriberNumbers> for ::std::vec::Vec<PhoneNumber> {
        fn from(value: SubscriberNumbers) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<PhoneNumber>> for SubscriberNumbers {
        fn from(value: ::std::vec::Vec<PhoneNumber>) -> Self {
            Self(value)
        }
    }
    /**One number's outcome: `isAdded` for add, `isRemoved` for remove, and a
reason when it failed.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SubscriberOutcome {
        #[serde(
            rename = "isAdded",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_added: ::std::option::Option<LenientBool>,
        #[serde(
            rename = "isRemoved",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_removed: ::std::option::Option<LenientBool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
    }
    impl SubscriberOutcome {
        pub fn builder() -> builder::SubscriberOutcome {
            Default::default()
        }
    }
    ///`SubscriberPage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SubscriberPage {
        ///Present only when another page follows.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        pub subscribers: ::std::vec::Vec<Subscriber>,
    }
    impl SubscriberPage {
        pub fn builder() -> builder::SubscriberPage {
            Default::default()
        }
    }
    ///`SubscriberPageRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SubscriberPageRequest {
        ///Subscribers per page, 1 to 50. Default 50.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<::std::num::NonZeroU32>,
        ///The `cursor` of the previous page; absent for the first.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
    }
    impl SubscriberPageRequest {
        pub fn builder() -> builder::SubscriberPageRequest {
            Default::default()
        }
    }
    ///`SubscribersRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SubscribersRequest {
        pub subscribers: ::std::vec::Vec<PhoneNumber>,
    }
    impl SubscribersRequest {
        pub fn builder() -> builder::SubscribersRequest {
            Default::default()
        }
    }
    ///`SubscribersResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SubscribersResult {
        ///The outcome for each number sent, keyed by the number.
        pub result: ::std::collections::HashMap<
            ::std::string::String,
            SubscriberOutcome,
        >,
    }
    impl SubscribersResult {
        pub fn builder() -> builder::SubscribersResult {
            Default::default()
        }
    }
    /**An answer, by question type: a string (Text, SingleOption, Image —
a mediaResource), a list of strings (MultiOption, AttachmentList), a
number (Numeric, Date/DateTime as epoch milliseconds) or a location.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum SurveyAnswer {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
        Int64(i64),
        Double(f64),
        LocationAnswer(LocationAnswer),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for SurveyAnswer {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<i64> for SurveyAnswer {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    impl ::std::convert::From<f64> for SurveyAnswer {
        fn from(value: f64) -> Self {
            Self::Double(value)
        }
    }
    impl ::std::convert::From<LocationAnswer> for SurveyAnswer {
        fn from(value: LocationAnswer) -> Self {
            Self::LocationAnswer(value)
        }
    }
    ///`SurveyBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SurveyBody {
        #[serde(
            rename = "acceptMultipleResponses",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accept_multiple_responses: ::std::option::Option<bool>,
        ///Hours until the survey closes. Default 24.
        #[serde(
            rename = "dueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub due_date: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(
            rename = "isAnonymous",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_anonymous: ::std::option::Option<bool>,
        ///Only the sender sees the summary.
        #[serde(
            rename = "isSenderOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_sender_only: ::std::option::Option<bool>,
        pub questions: ::std::vec::Vec<Question>,
        pub title: ::std::string::String,
    }
    impl SurveyBody {
        pub fn builder() -> builder::SurveyBody {
            Default::default()
        }
    }
    ///`SurveyDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SurveyDetails {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "expiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiry_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "responseCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_count: ::std::option::Option<i64>,
        ///The individual survey responses (with getDetails; shape undocumented).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub responses: ::std::vec::Vec<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl SurveyDetails {
        pub fn builder() -> builder::SurveyDetails {
            Default::default()
        }
    }
    /**SurveyCreated, SurveyResponse, ActionCreated, ActionResponse,
PollCreated, PollResponse, LetsMeetCreated and LetsMeetResponse: the
action and, for responses, who answered what.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SurveyEventData {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        ///The custom action package the Action is an instance of.
        #[serde(
            rename = "actionPackageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_package_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isAnonymous",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_anonymous: ::std::option::Option<LenientBool>,
        #[serde(
            rename = "isUpdateResponse",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_update_response: ::std::option::Option<LenientBool>,
        ///The same package id, as the emulator and some deployments name it.
        #[serde(
            rename = "packageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub package_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub question: ::std::option::Option<::std::string::String>,
        ///The responder's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub responder: ::std::option::Option<::std::string::String>,
        ///The responder's user id.
        #[serde(
            rename = "responderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responder_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "responderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responder_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "responderProfilePic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub responder_profile_pic: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "responseDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_details: ::std::option::Option<SurveyEventDataResponseDetails>,
        #[serde(
            rename = "responseId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl SurveyEventData {
        pub fn builder() -> builder::SurveyEventData {
            Default::default()
        }
    }
    ///`SurveyEventDataResponseDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SurveyEventDataResponseDetails {
        #[serde(
            rename = "responseWithQuestions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub response_with_questions: ::std::vec::Vec<QuestionAnswer>,
    }
    impl SurveyEventDataResponseDetails {
        pub fn builder() -> builder::SurveyEventDataResponseDetails {
            Default::default()
        }
    }
    ///`SurveyResponseBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SurveyResponseBody {
        ///One answer per question, in question order.
        pub answers: ::std::vec::Vec<SurveyAnswer>,
        #[serde(
            rename = "responseLocation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_location: ::std::option::Option<Location>,
        #[serde(
            rename = "responseName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_name: ::std::option::Option<::std::string::String>,
    }
    impl SurveyResponseBody {
        pub fn builder() -> builder::SurveyResponseBody {
            Default::default()
        }
    }
    ///`SurveySummary`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SurveySummary {
        #[serde(
            rename = "actionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "expiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiry_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "responseCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl SurveySummary {
        pub fn builder() -> builder::SurveySummary {
            Default::default()
        }
    }
    ///`TextMessageCreatedEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TextMessageCreatedEventData {
        pub text: ::std::string::String,
    }
    impl TextMessageCreatedEventData {
        pub fn builder() -> builder::TextMessageCreatedEventData {
            Default::default()
        }
    }
    ///.NET ticks (100 ns since 0001-01-01), about 6.4e17; exact as a 64-bit integer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Ticks(pub i64);
    impl ::std::ops::Deref for Ticks {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<Ticks> for i64 {
        fn from(value: Ticks) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for Ticks {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Ticks {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Ticks {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for Ticks {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for Ticks {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /**Details of an Action type without typed details; kept as raw JSON.
Job and Survey are excluded so that `oneOf` holds exactly.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UnknownActionDetails {
        #[serde(
            rename = "actionDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_details: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "actionType")]
        pub action_type: UnknownActionDetailsActionType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sentAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl UnknownActionDetails {
        pub fn builder() -> builder::UnknownActionDetails {
            Default::default()
        }
    }
    ///`UnknownActionDetailsActionType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UnknownActionDetailsActionType(::std::string::String);
    impl ::std::ops::Deref for UnknownActionDetailsActionType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UnknownActionDetailsActionType> for ::std::string::String {
        fn from(value: UnknownActionDetailsActionType) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UnknownActionDetailsActionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ["Job".to_string(), "Survey".to_string()].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UnknownActionDetailsActionType {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<::std::string::String>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    /**An Action of a type this spec does not know; the body is kept as raw
JSON. The known types are excluded so that `oneOf` holds exactly.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UnknownActionSummary {
        #[serde(
            rename = "actionBody",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_body: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "actionType")]
        pub action_type: UnknownActionSummaryActionType,
        #[serde(
            rename = "creationTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_time: ::std::option::Option<EpochSeconds>,
        #[serde(
            rename = "referenceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_id: ::std::option::Option<::std::string::String>,
        ///The sender's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sentAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl UnknownActionSummary {
        pub fn builder() -> builder::UnknownActionSummary {
            Default::default()
        }
    }
    ///`UnknownActionSummaryActionType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UnknownActionSummaryActionType(::std::string::String);
    impl ::std::ops::Deref for UnknownActionSummaryActionType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UnknownActionSummaryActionType> for ::std::string::String {
        fn from(value: UnknownActionSummaryActionType) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UnknownActionSummaryActionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if [
                "Image".to_string(),
                "Job".to_string(),
                "Survey".to_string(),
                "Poll".to_string(),
                "LetsMeet".to_string(),
                "ShareLocation".to_string(),
                "PhotoWithLocation".to_string(),
            ]
                .contains(&value)
            {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UnknownActionSummaryActionType {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<::std::string::String>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///`UpdateActionActionId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateActionActionId(::std::string::String);
    impl ::std::ops::Deref for UpdateActionActionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateActionActionId> for ::std::string::String {
        fn from(value: UpdateActionActionId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateActionActionId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateActionActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateActionActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateActionActionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateActionGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateActionGroupId(::std::string::String);
    impl ::std::ops::Deref for UpdateActionGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateActionGroupId> for ::std::string::String {
        fn from(value: UpdateActionGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateActionGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateActionGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateActionGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateActionPropertiesActionId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateActionPropertiesActionId(::std::string::String);
    impl ::std::ops::Deref for UpdateActionPropertiesActionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateActionPropertiesActionId> for ::std::string::String {
        fn from(value: UpdateActionPropertiesActionId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateActionPropertiesActionId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateActionPropertiesActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateActionPropertiesActionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateActionPropertiesActionId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateActionPropertiesGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateActionPropertiesGroupId(::std::string::String);
    impl ::std::ops::Deref for UpdateActionPropertiesGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateActionPropertiesGroupId> for ::std::string::String {
        fn from(value: UpdateActionPropertiesGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateActionPropertiesGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateActionPropertiesGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateActionPropertiesGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateActionPropertiesGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**Two clients, two shapes (THIRD-PARTY.md): EugeneGregs/kpaFunctions
sent `version`, `sendNotificationToSubscribers`,
`sendToAllSubscribers` and `updateProperties` (property types by
name); asifshaikgit/DigitalCFO sent `version`,
`notificationTargetGroup` and `actionProperties` (with
`propertyType: "Custom"` and the type as its integer ordinal). A
request needs one of the two lists (`anyOf`); the generated client
sends `updateProperties` (`x-kaizala-client-sends`), the shape whose
property types are the pages' names. `version: -1` means "whatever
the Action's current version is" (both clients sent it).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateActionPropertiesRequest {
        ///The properties to set (DigitalCFO's form).
        #[serde(
            rename = "actionProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub action_properties: ::std::vec::Vec<ActionPropertyValue>,
        ///The group whose members are notified (DigitalCFO's form).
        #[serde(
            rename = "notificationTargetGroup",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub notification_target_group: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sendNotificationToSubscribers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_notification_to_subscribers: ::std::option::Option<bool>,
        #[serde(
            rename = "sendToAllSubscribers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_to_all_subscribers: ::std::option::Option<bool>,
        ///The properties to set (kpaFunctions' form).
        #[serde(rename = "updateProperties")]
        pub update_properties: ::std::vec::Vec<ActionProperty>,
        ///The Action version the update applies to; -1 for the current one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<i64>,
    }
    impl UpdateActionPropertiesRequest {
        pub fn builder() -> builder::UpdateActionPropertiesRequest {
            Default::default()
        }
    }
    ///`UpdateBotBotUserId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateBotBotUserId(::std::string::String);
    impl ::std::ops::Deref for UpdateBotBotUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateBotBotUserId> for ::std::string::String {
        fn from(value: UpdateBotBotUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateBotBotUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateBotBotUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateBotBotUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateBotBotUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateBotRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateBotRequest {
        pub name: UpdateBotRequestName,
    }
    impl UpdateBotRequest {
        pub fn builder() -> builder::UpdateBotRequest {
            Default::default()
        }
    }
    ///`UpdateBotRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateBotRequestName(::std::string::String);
    impl ::std::ops::Deref for UpdateBotRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateBotRequestName> for ::std::string::String {
        fn from(value: UpdateBotRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateBotRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateBotRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateBotRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateBotRequestName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**Any subset of the webhook's fields. The only source (the webHooks
page, every version) sends `"Active": "true"`: a string, capital A.
With no live recording, requests follow that form.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateWebhookRequest {
        #[serde(
            rename = "Active",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub active: ::std::option::Option<StringBoolean>,
        #[serde(
            rename = "callBackContext",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_back_context: ::std::option::Option<::std::string::String>,
        ///The new callback token; a secret.
        #[serde(
            rename = "callBackToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_back_token: ::std::option::Option<crate::secret::Secret>,
        #[serde(
            rename = "callBackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_back_url: ::std::option::Option<UpdateWebhookRequestCallBackUrl>,
        #[serde(
            rename = "eventTypes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub event_types: ::std::vec::Vec<WebhookEventType>,
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "objectType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type: ::std::option::Option<WebhookObjectType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validity: ::std::option::Option<EpochMillis>,
    }
    impl UpdateWebhookRequest {
        pub fn builder() -> builder::UpdateWebhookRequest {
            Default::default()
        }
    }
    ///`UpdateWebhookRequestCallBackUrl`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateWebhookRequestCallBackUrl(::std::string::String);
    impl ::std::ops::Deref for UpdateWebhookRequestCallBackUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateWebhookRequestCallBackUrl>
    for ::std::string::String {
        fn from(value: UpdateWebhookRequestCallBackUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateWebhookRequestCallBackUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateWebhookRequestCallBackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateWebhookRequestCallBackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateWebhookRequestCallBackUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateWebhookWebhookId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateWebhookWebhookId(::std::string::String);
    impl ::std::ops::Deref for UpdateWebhookWebhookId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateWebhookWebhookId> for ::std::string::String {
        fn from(value: UpdateWebhookWebhookId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateWebhookWebhookId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateWebhookWebhookId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateWebhookWebhookId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateWebhookWebhookId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A webhook as listWebhooks reports it. The table says `callBackUrl`
and a string `validity`; the sample (the service) sends `callbackUrl`,
`callbackToken` and epoch-millisecond numbers for `ts` and `validity`.
Event names stay strings so that new events decode.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Webhook {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<LenientBool>,
        #[serde(
            rename = "callbackContext",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_context: ::std::option::Option<::std::string::String>,
        ///The webhook's callback token; a secret.
        #[serde(
            rename = "callbackToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_token: ::std::option::Option<crate::secret::Secret>,
        #[serde(
            rename = "callbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub filters: ::std::vec::Vec<::serde_json::Value>,
        pub id: ::std::string::String,
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "objectType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ts: ::std::option::Option<EpochMillis>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validity: ::std::option::Option<EpochMillis>,
    }
    impl Webhook {
        pub fn builder() -> builder::Webhook {
            Default::default()
        }
    }
    /**The envelope of every webhook delivery (POST to the callback URL, with
the `kz-callback-token` header). `data` depends on `eventType`; the
`*EventData` schemas describe each. Real deliveries also carry
`subscriptionId` and `groupId`. Unknown fields are ignored.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookEvent {
        ///The webhook's `callBackContext`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///Event-specific; see the `*EventData` schemas.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::serde_json::Value>,
        ///Unique per event; a duplicate delivery repeats it.
        #[serde(rename = "eventId")]
        pub event_id: ::std::string::String,
        ///A WebhookEventType value, or one this spec does not know yet.
        #[serde(rename = "eventType")]
        pub event_type: ::std::string::String,
        #[serde(
            rename = "fromUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_user: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fromUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_user_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fromUserName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_user_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fromUserProfilePic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_user_profile_pic: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///True when a bot (a connector) sent the event (EventSchema.md's envelope).
        #[serde(
            rename = "isBotfromUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_botfrom_user: ::std::option::Option<LenientBool>,
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "objectType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "subscriptionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub subscription_id: ::std::option::Option<::std::string::String>,
    }
    impl WebhookEvent {
        pub fn builder() -> builder::WebhookEvent {
            Default::default()
        }
    }
    /**The events a webhook can subscribe to. The first thirteen are the
reference list; PollCreated, PollResponse, LetsMeetCreated and
LetsMeetResponse were delivered by real deployments.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum WebhookEventType {
        ActionCreated,
        ActionResponse,
        SurveyCreated,
        JobCreated,
        SurveyResponse,
        JobResponse,
        TextMessageCreated,
        AttachmentCreated,
        Announcement,
        MemberAdded,
        MemberRemoved,
        GroupAdded,
        GroupRemoved,
        PollCreated,
        PollResponse,
        LetsMeetCreated,
        LetsMeetResponse,
    }
    impl ::std::fmt::Display for WebhookEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ActionCreated => f.write_str("ActionCreated"),
                Self::ActionResponse => f.write_str("ActionResponse"),
                Self::SurveyCreated => f.write_str("SurveyCreated"),
                Self::JobCreated => f.write_str("JobCreated"),
                Self::SurveyResponse => f.write_str("SurveyResponse"),
                Self::JobResponse => f.write_str("JobResponse"),
                Self::TextMessageCreated => f.write_str("TextMessageCreated"),
                Self::AttachmentCreated => f.write_str("AttachmentCreated"),
                Self::Announcement => f.write_str("Announcement"),
                Self::MemberAdded => f.write_str("MemberAdded"),
                Self::MemberRemoved => f.write_str("MemberRemoved"),
                Self::GroupAdded => f.write_str("GroupAdded"),
                Self::GroupRemoved => f.write_str("GroupRemoved"),
                Self::PollCreated => f.write_str("PollCreated"),
                Self::PollResponse => f.write_str("PollResponse"),
                Self::LetsMeetCreated => f.write_str("LetsMeetCreated"),
                Self::LetsMeetResponse => f.write_str("LetsMeetResponse"),
            }
        }
    }
    impl ::std::str::FromStr for WebhookEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ActionCreated" => Ok(Self::ActionCreated),
                "ActionResponse" => Ok(Self::ActionResponse),
                "SurveyCreated" => Ok(Self::SurveyCreated),
                "JobCreated" => Ok(Self::JobCreated),
                "SurveyResponse" => Ok(Self::SurveyResponse),
                "JobResponse" => Ok(Self::JobResponse),
                "TextMessageCreated" => Ok(Self::TextMessageCreated),
                "AttachmentCreated" => Ok(Self::AttachmentCreated),
                "Announcement" => Ok(Self::Announcement),
                "MemberAdded" => Ok(Self::MemberAdded),
                "MemberRemoved" => Ok(Self::MemberRemoved),
                "GroupAdded" => Ok(Self::GroupAdded),
                "GroupRemoved" => Ok(Self::GroupRemoved),
                "PollCreated" => Ok(Self::PollCreated),
                "PollResponse" => Ok(Self::PollResponse),
                "LetsMeetCreated" => Ok(Self::LetsMeetCreated),
                "LetsMeetResponse" => Ok(Self::LetsMeetResponse),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WebhookList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookList {
        pub webhooks: ::std::vec::Vec<Webhook>,
    }
    impl WebhookList {
        pub fn builder() -> builder::WebhookList {
            Default::default()
        }
    }
    ///`WebhookObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum WebhookObjectType {
        Group,
        Action,
        ActionPackage,
    }
    impl ::std::fmt::Display for WebhookObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Group => f.write_str("Group"),
                Self::Action => f.write_str("Action"),
                Self::ActionPackage => f.write_str("ActionPackage"),
            }
        }
    }
    impl ::std::str::FromStr for WebhookObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Group" => Ok(Self::Group),
                "Action" => Ok(Self::Action),
                "ActionPackage" => Ok(Self::ActionPackage),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AccessTokenResponse {
            access_token: ::std::result::Result<
                crate::secret::Secret,
                ::std::string::String,
            >,
            access_token_expiry: ::std::result::Result<
                super::EpochMillis,
                ::std::string::String,
            >,
            endpoint_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<crate::secret::Secret>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccessTokenResponse {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    access_token_expiry: Err(
                        "no value supplied for access_token_expiry".to_string(),
                    ),
                    endpoint_url: Err("no value supplied for endpoint_url".to_string()),
                    refresh_token: Ok(Default::default()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl AccessTokenResponse {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::secret::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn access_token_expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EpochMillis>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token_expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_token_expiry: {e}"
                        )
                    });
                self
            }
            pub fn endpoint_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoint_url: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::secret::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccessTokenResponse>
        for super::AccessTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccessTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    access_token_expiry: value.access_token_expiry?,
                    endpoint_url: value.endpoint_url?,
                    refresh_token: value.refresh_token?,
                    scope: value.scope?,
                })
            }
        }
        impl ::std::convert::From<super::AccessTokenResponse> for AccessTokenResponse {
            fn from(value: super::AccessTokenResponse) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    access_token_expiry: Ok(value.access_token_expiry),
                    endpoint_url: Ok(value.endpoint_url),
                    refresh_token: Ok(value.refresh_token),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionList {
            actions: ::std::result::Result<
                ::std::vec::Vec<super::ActionSummary>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionList {
            fn default() -> Self {
                Self {
                    actions: Err("no value supplied for actions".to_string()),
                    has_more: Ok(Default::default()),
                }
            }
        }
        impl ActionList {
            pub fn actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ActionSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.actions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for actions: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionList> for super::ActionList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actions: value.actions?,
                    has_more: value.has_more?,
                })
            }
        }
        impl ::std::convert::From<super::ActionList> for ActionList {
            fn from(value: super::ActionList) -> Self {
                Self {
                    actions: Ok(value.actions),
                    has_more: Ok(value.has_more),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionPackageBody {
            accept_multiple_responses: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            due_date: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            is_anonymous: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_sender_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            properties: ::std::result::Result<
                ::std::vec::Vec<super::ActionProperty>,
                ::std::string::String,
            >,
            questions: ::std::result::Result<
                ::std::vec::Vec<super::Question>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            validity: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionPackageBody {
            fn default() -> Self {
                Self {
                    accept_multiple_responses: Ok(Default::default()),
                    due_date: Ok(Default::default()),
                    is_anonymous: Ok(Default::default()),
                    is_sender_only: Ok(Default::default()),
                    properties: Ok(Default::default()),
                    questions: Ok(Default::default()),
                    title: Ok(Default::default()),
                    validity: Ok(Default::default()),
                }
            }
        }
        impl ActionPackageBody {
            pub fn accept_multiple_responses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.accept_multiple_responses = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accept_multiple_responses: {e}"
                        )
                    });
                self
            }
            pub fn due_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_date: {e}")
                    });
                self
            }
            pub fn is_anonymous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_anonymous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_anonymous: {e}")
                    });
                self
            }
            pub fn is_sender_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_sender_only: {e}"
                        )
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ActionProperty>>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn questions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Question>>,
                T::Error: ::std::fmt::Display,
            {
                self.questions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for questions: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn validity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.validity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for validity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionPackageBody> for super::ActionPackageBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionPackageBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accept_multiple_responses: value.accept_multiple_responses?,
                    due_date: value.due_date?,
                    is_anonymous: value.is_anonymous?,
                    is_sender_only: value.is_sender_only?,
                    properties: value.properties?,
                    questions: value.questions?,
                    title: value.title?,
                    validity: value.validity?,
                })
            }
        }
        impl ::std::convert::From<super::ActionPackageBody> for ActionPackageBody {
            fn from(value: super::ActionPackageBody) -> Self {
                Self {
                    accept_multiple_responses: Ok(value.accept_multiple_responses),
                    due_date: Ok(value.due_date),
                    is_anonymous: Ok(value.is_anonymous),
                    is_sender_only: Ok(value.is_sender_only),
                    properties: Ok(value.properties),
                    questions: Ok(value.questions),
                    title: Ok(value.title),
                    validity: Ok(value.validity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionPackageRequest {
            action_body: ::std::result::Result<
                super::ActionPackageBody,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            send_to_all_subscribers: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            subscribers: ::std::result::Result<
                ::std::option::Option<super::SubscriberNumbers>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionPackageRequest {
            fn default() -> Self {
                Self {
                    action_body: Err("no value supplied for action_body".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    send_to_all_subscribers: Ok(Default::default()),
                    subscribers: Ok(Default::default()),
                }
            }
        }
        impl ActionPackageRequest {
            pub fn action_body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionPackageBody>,
                T::Error: ::std::fmt::Display,
            {
                self.action_body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_body: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn send_to_all_subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_to_all_subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_to_all_subscribers: {e}"
                        )
                    });
                self
            }
            pub fn subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SubscriberNumbers>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subscribers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionPackageRequest>
        for super::ActionPackageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionPackageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_body: value.action_body?,
                    id: value.id?,
                    send_to_all_subscribers: value.send_to_all_subscribers?,
                    subscribers: value.subscribers?,
                })
            }
        }
        impl ::std::convert::From<super::ActionPackageRequest> for ActionPackageRequest {
            fn from(value: super::ActionPackageRequest) -> Self {
                Self {
                    action_body: Ok(value.action_body),
                    id: Ok(value.id),
                    send_to_all_subscribers: Ok(value.send_to_all_subscribers),
                    subscribers: Ok(value.subscribers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionPackageResponseRequest {
            action_body: ::std::result::Result<
                super::SurveyResponseBody,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            response_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionPackageResponseRequest {
            fn default() -> Self {
                Self {
                    action_body: Err("no value supplied for action_body".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    response_id: Ok(Default::default()),
                }
            }
        }
        impl ActionPackageResponseRequest {
            pub fn action_body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SurveyResponseBody>,
                T::Error: ::std::fmt::Display,
            {
                self.action_body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_body: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionPackageResponseRequest>
        for super::ActionPackageResponseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionPackageResponseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_body: value.action_body?,
                    id: value.id?,
                    response_id: value.response_id?,
                })
            }
        }
        impl ::std::convert::From<super::ActionPackageResponseRequest>
        for ActionPackageResponseRequest {
            fn from(value: super::ActionPackageResponseRequest) -> Self {
                Self {
                    action_body: Ok(value.action_body),
                    id: Ok(value.id),
                    response_id: Ok(value.response_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionProperty {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::ActionPropertyType,
                ::std::string::String,
            >,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ActionProperty {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl ActionProperty {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionPropertyType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionProperty> for super::ActionProperty {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionProperty,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::ActionProperty> for ActionProperty {
            fn from(value: super::ActionProperty) -> Self {
                Self {
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionPropertyValue {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            property_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::ActionPropertyType,
                ::std::string::String,
            >,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ActionPropertyValue {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    property_type: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl ActionPropertyValue {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn property_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.property_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for property_type: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ActionPropertyType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionPropertyValue>
        for super::ActionPropertyValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionPropertyValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    property_type: value.property_type?,
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::ActionPropertyValue> for ActionPropertyValue {
            fn from(value: super::ActionPropertyValue) -> Self {
                Self {
                    name: Ok(value.name),
                    property_type: Ok(value.property_type),
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActionResponseResult {
            response_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ActionResponseResult {
            fn default() -> Self {
                Self {
                    response_id: Err("no value supplied for response_id".to_string()),
                }
            }
        }
        impl ActionResponseResult {
            pub fn response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ActionResponseResult>
        for super::ActionResponseResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActionResponseResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_id: value.response_id?,
                })
            }
        }
        impl ::std::convert::From<super::ActionResponseResult> for ActionResponseResult {
            fn from(value: super::ActionResponseResult) -> Self {
                Self {
                    response_id: Ok(value.response_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddBotToGroupRequest {
            bot_user_id: ::std::result::Result<
                super::AddBotToGroupRequestBotUserId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddBotToGroupRequest {
            fn default() -> Self {
                Self {
                    bot_user_id: Err("no value supplied for bot_user_id".to_string()),
                }
            }
        }
        impl AddBotToGroupRequest {
            pub fn bot_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddBotToGroupRequestBotUserId>,
                T::Error: ::std::fmt::Display,
            {
                self.bot_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bot_user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddBotToGroupRequest>
        for super::AddBotToGroupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddBotToGroupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bot_user_id: value.bot_user_id?,
                })
            }
        }
        impl ::std::convert::From<super::AddBotToGroupRequest> for AddBotToGroupRequest {
            fn from(value: super::AddBotToGroupRequest) -> Self {
                Self {
                    bot_user_id: Ok(value.bot_user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddMembersRequest {
            members: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddMembersRequest {
            fn default() -> Self {
                Self {
                    members: Err("no value supplied for members".to_string()),
                }
            }
        }
        impl AddMembersRequest {
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumber>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddMembersRequest> for super::AddMembersRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddMembersRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { members: value.members? })
            }
        }
        impl ::std::convert::From<super::AddMembersRequest> for AddMembersRequest {
            fn from(value: super::AddMembersRequest) -> Self {
                Self { members: Ok(value.members) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddReactionRequest {
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reaction_type: ::std::result::Result<
                super::ReactionType,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            source_group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddReactionRequest {
            fn default() -> Self {
                Self {
                    comment: Ok(Default::default()),
                    reaction_type: Err(
                        "no value supplied for reaction_type".to_string(),
                    ),
                    reference_id: Err("no value supplied for reference_id".to_string()),
                    source_group_id: Err(
                        "no value supplied for source_group_id".to_string(),
                    ),
                }
            }
        }
        impl AddReactionRequest {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn reaction_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReactionType>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction_type: {e}")
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
            pub fn source_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.source_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_group_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddReactionRequest> for super::AddReactionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddReactionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comment: value.comment?,
                    reaction_type: value.reaction_type?,
                    reference_id: value.reference_id?,
                    source_group_id: value.source_group_id?,
                })
            }
        }
        impl ::std::convert::From<super::AddReactionRequest> for AddReactionRequest {
            fn from(value: super::AddReactionRequest) -> Self {
                Self {
                    comment: Ok(value.comment),
                    reaction_type: Ok(value.reaction_type),
                    reference_id: Ok(value.reference_id),
                    source_group_id: Ok(value.source_group_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddReactionResponse {
            reaction_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddReactionResponse {
            fn default() -> Self {
                Self {
                    reaction_id: Err("no value supplied for reaction_id".to_string()),
                }
            }
        }
        impl AddReactionResponse {
            pub fn reaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddReactionResponse>
        for super::AddReactionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddReactionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reaction_id: value.reaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::AddReactionResponse> for AddReactionResponse {
            fn from(value: super::AddReactionResponse) -> Self {
                Self {
                    reaction_id: Ok(value.reaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddSubGroupRequest {
            sub_groups: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddSubGroupRequest {
            fn default() -> Self {
                Self {
                    sub_groups: Err("no value supplied for sub_groups".to_string()),
                }
            }
        }
        impl AddSubGroupRequest {
            pub fn sub_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sub_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sub_groups: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddSubGroupRequest> for super::AddSubGroupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddSubGroupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    sub_groups: value.sub_groups?,
                })
            }
        }
        impl ::std::convert::From<super::AddSubGroupRequest> for AddSubGroupRequest {
            fn from(value: super::AddSubGroupRequest) -> Self {
                Self {
                    sub_groups: Ok(value.sub_groups),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnnouncementBody {
            media_resources: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                super::AnnouncementBodyMessage,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnnouncementBody {
            fn default() -> Self {
                Self {
                    media_resources: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl AnnouncementBody {
            pub fn media_resources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_resources = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for media_resources: {e}"
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AnnouncementBodyMessage>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnnouncementBody> for super::AnnouncementBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnnouncementBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    media_resources: value.media_resources?,
                    message: value.message?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::AnnouncementBody> for AnnouncementBody {
            fn from(value: super::AnnouncementBody) -> Self {
                Self {
                    media_resources: Ok(value.media_resources),
                    message: Ok(value.message),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnnouncementEventData {
            media: ::std::result::Result<
                ::std::vec::Vec<super::MediaItem>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnnouncementEventData {
            fn default() -> Self {
                Self {
                    media: Ok(Default::default()),
                    text: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl AnnouncementEventData {
            pub fn media<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MediaItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.media = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnnouncementEventData>
        for super::AnnouncementEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnnouncementEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    media: value.media?,
                    text: value.text?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::AnnouncementEventData>
        for AnnouncementEventData {
            fn from(value: super::AnnouncementEventData) -> Self {
                Self {
                    media: Ok(value.media),
                    text: Ok(value.text),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttachmentCreatedEventData {
            action_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            caption: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media: ::std::result::Result<
                ::std::vec::Vec<super::MediaItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttachmentCreatedEventData {
            fn default() -> Self {
                Self {
                    action_type: Ok(Default::default()),
                    caption: Ok(Default::default()),
                    media: Ok(Default::default()),
                }
            }
        }
        impl AttachmentCreatedEventData {
            pub fn action_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_type: {e}")
                    });
                self
            }
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.caption = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for caption: {e}")
                    });
                self
            }
            pub fn media<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MediaItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.media = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttachmentCreatedEventData>
        for super::AttachmentCreatedEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttachmentCreatedEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_type: value.action_type?,
                    caption: value.caption?,
                    media: value.media?,
                })
            }
        }
        impl ::std::convert::From<super::AttachmentCreatedEventData>
        for AttachmentCreatedEventData {
            fn from(value: super::AttachmentCreatedEventData) -> Self {
                Self {
                    action_type: Ok(value.action_type),
                    caption: Ok(value.caption),
                    media: Ok(value.media),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBotRequest {
            name: ::std::result::Result<
                super::CreateBotRequestName,
                ::std::string::String,
            >,
            profile_pic: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBotRequest {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    profile_pic: Ok(Default::default()),
                }
            }
        }
        impl CreateBotRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateBotRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn profile_pic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile_pic = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile_pic: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateBotRequest> for super::CreateBotRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBotRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    profile_pic: value.profile_pic?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBotRequest> for CreateBotRequest {
            fn from(value: super::CreateBotRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    profile_pic: Ok(value.profile_pic),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBotResponse {
            bot_user_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBotResponse {
            fn default() -> Self {
                Self {
                    bot_user_id: Err("no value supplied for bot_user_id".to_string()),
                }
            }
        }
        impl CreateBotResponse {
            pub fn bot_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.bot_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bot_user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateBotResponse> for super::CreateBotResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBotResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bot_user_id: value.bot_user_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBotResponse> for CreateBotResponse {
            fn from(value: super::CreateBotResponse) -> Self {
                Self {
                    bot_user_id: Ok(value.bot_user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateGroupRequest {
            group_type: ::std::result::Result<
                ::std::option::Option<super::GroupType>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumber>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            welcome_message: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateGroupRequest {
            fn default() -> Self {
                Self {
                    group_type: Ok(Default::default()),
                    members: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    welcome_message: Err(
                        "no value supplied for welcome_message".to_string(),
                    ),
                }
            }
        }
        impl CreateGroupRequest {
            pub fn group_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GroupType>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_type: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumber>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn welcome_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.welcome_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for welcome_message: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateGroupRequest> for super::CreateGroupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateGroupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_type: value.group_type?,
                    members: value.members?,
                    name: value.name?,
                    welcome_message: value.welcome_message?,
                })
            }
        }
        impl ::std::convert::From<super::CreateGroupRequest> for CreateGroupRequest {
            fn from(value: super::CreateGroupRequest) -> Self {
                Self {
                    group_type: Ok(value.group_type),
                    members: Ok(value.members),
                    name: Ok(value.name),
                    welcome_message: Ok(value.welcome_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateGroupResponse {
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members_added: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateGroupResponse {
            fn default() -> Self {
                Self {
                    group_id: Err("no value supplied for group_id".to_string()),
                    group_name: Ok(Default::default()),
                    members_added: Ok(Default::default()),
                }
            }
        }
        impl CreateGroupResponse {
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn members_added<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.members_added = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members_added: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateGroupResponse>
        for super::CreateGroupResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateGroupResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                    members_added: value.members_added?,
                })
            }
        }
        impl ::std::convert::From<super::CreateGroupResponse> for CreateGroupResponse {
            fn from(value: super::CreateGroupResponse) -> Self {
                Self {
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    members_added: Ok(value.members_added),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateSubGroupRequest {
            add_user_to_group: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            group_image_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_type: ::std::result::Result<
                ::std::option::Option<super::GroupType>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumber>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            welcome_message: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateSubGroupRequest {
            fn default() -> Self {
                Self {
                    add_user_to_group: Ok(Default::default()),
                    group_image_url: Ok(Default::default()),
                    group_name: Err("no value supplied for group_name".to_string()),
                    group_type: Ok(Default::default()),
                    members: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    welcome_message: Err(
                        "no value supplied for welcome_message".to_string(),
                    ),
                }
            }
        }
        impl CreateSubGroupRequest {
            pub fn add_user_to_group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.add_user_to_group = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for add_user_to_group: {e}"
                        )
                    });
                self
            }
            pub fn group_image_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_image_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for group_image_url: {e}"
                        )
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn group_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GroupType>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_type: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumber>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn welcome_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.welcome_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for welcome_message: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateSubGroupRequest>
        for super::CreateSubGroupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateSubGroupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    add_user_to_group: value.add_user_to_group?,
                    group_image_url: value.group_image_url?,
                    group_name: value.group_name?,
                    group_type: value.group_type?,
                    members: value.members?,
                    name: value.name?,
                    welcome_message: value.welcome_message?,
                })
            }
        }
        impl ::std::convert::From<super::CreateSubGroupRequest>
        for CreateSubGroupRequest {
            fn from(value: super::CreateSubGroupRequest) -> Self {
                Self {
                    add_user_to_group: Ok(value.add_user_to_group),
                    group_image_url: Ok(value.group_image_url),
                    group_name: Ok(value.group_name),
                    group_type: Ok(value.group_type),
                    members: Ok(value.members),
                    name: Ok(value.name),
                    welcome_message: Ok(value.welcome_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateSubGroupResponse {
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateSubGroupResponse {
            fn default() -> Self {
                Self {
                    group_id: Err("no value supplied for group_id".to_string()),
                    group_name: Ok(Default::default()),
                }
            }
        }
        impl CreateSubGroupResponse {
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateSubGroupResponse>
        for super::CreateSubGroupResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateSubGroupResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateSubGroupResponse>
        for CreateSubGroupResponse {
            fn from(value: super::CreateSubGroupResponse) -> Self {
                Self {
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebhookRequest {
            call_back_context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            call_back_token: ::std::result::Result<
                ::std::option::Option<crate::secret::Secret>,
                ::std::string::String,
            >,
            call_back_url: ::std::result::Result<
                super::CreateWebhookRequestCallBackUrl,
                ::std::string::String,
            >,
            event_types: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventType>,
                ::std::string::String,
            >,
            object_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            object_type: ::std::result::Result<
                super::WebhookObjectType,
                ::std::string::String,
            >,
            validity: ::std::result::Result<
                ::std::option::Option<super::EpochMillis>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebhookRequest {
            fn default() -> Self {
                Self {
                    call_back_context: Ok(Default::default()),
                    call_back_token: Ok(Default::default()),
                    call_back_url: Err(
                        "no value supplied for call_back_url".to_string(),
                    ),
                    event_types: Err("no value supplied for event_types".to_string()),
                    object_id: Err("no value supplied for object_id".to_string()),
                    object_type: Err("no value supplied for object_type".to_string()),
                    validity: Ok(Default::default()),
                }
            }
        }
        impl CreateWebhookRequest {
            pub fn call_back_context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_back_context = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for call_back_context: {e}"
                        )
                    });
                self
            }
            pub fn call_back_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::secret::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_back_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for call_back_token: {e}"
                        )
                    });
                self
            }
            pub fn call_back_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateWebhookRequestCallBackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.call_back_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call_back_url: {e}")
                    });
                self
            }
            pub fn event_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_types: {e}")
                    });
                self
            }
            pub fn object_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_id: {e}")
                    });
                self
            }
            pub fn object_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookObjectType>,
                T::Error: ::std::fmt::Display,
            {
                self.object_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_type: {e}")
                    });
                self
            }
            pub fn validity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EpochMillis>>,
                T::Error: ::std::fmt::Display,
            {
                self.validity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for validity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateWebhookRequest>
        for super::CreateWebhookRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebhookRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    call_back_context: value.call_back_context?,
                    call_back_token: value.call_back_token?,
                    call_back_url: value.call_back_url?,
                    event_types: value.event_types?,
                    object_id: value.object_id?,
                    object_type: value.object_type?,
                    validity: value.validity?,
                })
            }
        }
        impl ::std::convert::From<super::CreateWebhookRequest> for CreateWebhookRequest {
            fn from(value: super::CreateWebhookRequest) -> Self {
                Self {
                    call_back_context: Ok(value.call_back_context),
                    call_back_token: Ok(value.call_back_token),
                    call_back_url: Ok(value.call_back_url),
                    event_types: Ok(value.event_types),
                    object_id: Ok(value.object_id),
                    object_type: Ok(value.object_type),
                    validity: Ok(value.validity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebhookResponse {
            webhook_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebhookResponse {
            fn default() -> Self {
                Self {
                    webhook_id: Err("no value supplied for webhook_id".to_string()),
                }
            }
        }
        impl CreateWebhookResponse {
            pub fn webhook_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateWebhookResponse>
        for super::CreateWebhookResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebhookResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    webhook_id: value.webhook_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateWebhookResponse>
        for CreateWebhookResponse {
            fn from(value: super::CreateWebhookResponse) -> Self {
                Self {
                    webhook_id: Ok(value.webhook_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error_category_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<super::ErrorCode>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error_category_key: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error_category_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_category_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_category_key: {e}"
                        )
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_category_key: value.error_category_key?,
                    error_code: value.error_code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    error_category_key: Ok(value.error_category_key),
                    error_code: Ok(value.error_code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GeneratePinRequest {
            application_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            mobile_number: ::std::result::Result<
                super::PhoneNumber,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GeneratePinRequest {
            fn default() -> Self {
                Self {
                    application_id: Err(
                        "no value supplied for application_id".to_string(),
                    ),
                    mobile_number: Err("no value supplied for mobile_number".to_string()),
                }
            }
        }
        impl GeneratePinRequest {
            pub fn application_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.application_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for application_id: {e}"
                        )
                    });
                self
            }
            pub fn mobile_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mobile_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GeneratePinRequest> for super::GeneratePinRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GeneratePinRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    application_id: value.application_id?,
                    mobile_number: value.mobile_number?,
                })
            }
        }
        impl ::std::convert::From<super::GeneratePinRequest> for GeneratePinRequest {
            fn from(value: super::GeneratePinRequest) -> Self {
                Self {
                    application_id: Ok(value.application_id),
                    mobile_number: Ok(value.mobile_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Group {
            caller_role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            current_level_parent_group_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            current_level_sub_group_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            current_level_un_provisioned_user_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            current_level_user_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            group_image_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_parent_groups: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_sub_groups: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_details_readable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_duplicate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_editable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_mapped_to_tenant: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sub_groups: ::std::result::Result<
                ::std::vec::Vec<super::Group>,
                ::std::string::String,
            >,
            un_provisioned_user_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            unique_user_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            welcome_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Group {
            fn default() -> Self {
                Self {
                    caller_role: Ok(Default::default()),
                    current_level_parent_group_count: Ok(Default::default()),
                    current_level_sub_group_count: Ok(Default::default()),
                    current_level_un_provisioned_user_count: Ok(Default::default()),
                    current_level_user_count: Ok(Default::default()),
                    group_id: Err("no value supplied for group_id".to_string()),
                    group_image_url: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    group_type: Ok(Default::default()),
                    has_parent_groups: Ok(Default::default()),
                    has_sub_groups: Ok(Default::default()),
                    is_details_readable: Ok(Default::default()),
                    is_duplicate: Ok(Default::default()),
                    is_editable: Ok(Default::default()),
                    is_mapped_to_tenant: Ok(Default::default()),
                    sub_groups: Ok(Default::default()),
                    un_provisioned_user_count: Ok(Default::default()),
                    unique_user_count: Ok(Default::default()),
                    user_count: Ok(Default::default()),
                    welcome_message: Ok(Default::default()),
                }
            }
        }
        impl Group {
            pub fn caller_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.caller_role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for caller_role: {e}")
                    });
                self
            }
            pub fn current_level_parent_group_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_level_parent_group_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_level_parent_group_count: {e}"
                        )
                    });
                self
            }
            pub fn current_level_sub_group_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_level_sub_group_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_level_sub_group_count: {e}"
                        )
                    });
                self
            }
            pub fn current_level_un_provisioned_user_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_level_un_provisioned_user_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_level_un_provisioned_user_count: {e}"
                        )
                    });
                self
            }
            pub fn current_level_user_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_level_user_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_level_user_count: {e}"
                        )
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_image_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_image_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for group_image_url: {e}"
                        )
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn group_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_type: {e}")
                    });
                self
            }
            pub fn has_parent_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_parent_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_parent_groups: {e}"
                        )
                    });
                self
            }
            pub fn has_sub_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_sub_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_sub_groups: {e}"
                        )
                    });
                self
            }
            pub fn is_details_readable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_details_readable = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_details_readable: {e}"
                        )
                    });
                self
            }
            pub fn is_duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_duplicate: {e}")
                    });
                self
            }
            pub fn is_editable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_editable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_editable: {e}")
                    });
                self
            }
            pub fn is_mapped_to_tenant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mapped_to_tenant = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_mapped_to_tenant: {e}"
                        )
                    });
                self
            }
            pub fn sub_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Group>>,
                T::Error: ::std::fmt::Display,
            {
                self.sub_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sub_groups: {e}")
                    });
                self
            }
            pub fn un_provisioned_user_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.un_provisioned_user_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for un_provisioned_user_count: {e}"
                        )
                    });
                self
            }
            pub fn unique_user_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_user_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_user_count: {e}"
                        )
                    });
                self
            }
            pub fn user_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_count: {e}")
                    });
                self
            }
            pub fn welcome_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.welcome_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for welcome_message: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Group> for super::Group {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Group,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    caller_role: value.caller_role?,
                    current_level_parent_group_count: value
                        .current_level_parent_group_count?,
                    current_level_sub_group_count: value.current_level_sub_group_count?,
                    current_level_un_provisioned_user_count: value
                        .current_level_un_provisioned_user_count?,
                    current_level_user_count: value.current_level_user_count?,
                    group_id: value.group_id?,
                    group_image_url: value.group_image_url?,
                    group_name: value.group_name?,
                    group_type: value.group_type?,
                    has_parent_groups: value.has_parent_groups?,
                    has_sub_groups: value.has_sub_groups?,
                    is_details_readable: value.is_details_readable?,
                    is_duplicate: value.is_duplicate?,
                    is_editable: value.is_editable?,
                    is_mapped_to_tenant: value.is_mapped_to_tenant?,
                    sub_groups: value.sub_groups?,
                    un_provisioned_user_count: value.un_provisioned_user_count?,
                    unique_user_count: value.unique_user_count?,
                    user_count: value.user_count?,
                    welcome_message: value.welcome_message?,
                })
            }
        }
        impl ::std::convert::From<super::Group> for Group {
            fn from(value: super::Group) -> Self {
                Self {
                    caller_role: Ok(value.caller_role),
                    current_level_parent_group_count: Ok(
                        value.current_level_parent_group_count,
                    ),
                    current_level_sub_group_count: Ok(
                        value.current_level_sub_group_count,
                    ),
                    current_level_un_provisioned_user_count: Ok(
                        value.current_level_un_provisioned_user_count,
                    ),
                    current_level_user_count: Ok(value.current_level_user_count),
                    group_id: Ok(value.group_id),
                    group_image_url: Ok(value.group_image_url),
                    group_name: Ok(value.group_name),
                    group_type: Ok(value.group_type),
                    has_parent_groups: Ok(value.has_parent_groups),
                    has_sub_groups: Ok(value.has_sub_groups),
                    is_details_readable: Ok(value.is_details_readable),
                    is_duplicate: Ok(value.is_duplicate),
                    is_editable: Ok(value.is_editable),
                    is_mapped_to_tenant: Ok(value.is_mapped_to_tenant),
                    sub_groups: Ok(value.sub_groups),
                    un_provisioned_user_count: Ok(value.un_provisioned_user_count),
                    unique_user_count: Ok(value.unique_user_count),
                    user_count: Ok(value.user_count),
                    welcome_message: Ok(value.welcome_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupEventData {
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GroupEventData {
            fn default() -> Self {
                Self {
                    group_id: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    parent_group_id: Ok(Default::default()),
                }
            }
        }
        impl GroupEventData {
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn parent_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_group_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupEventData> for super::GroupEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                    parent_group_id: value.parent_group_id?,
                })
            }
        }
        impl ::std::convert::From<super::GroupEventData> for GroupEventData {
            fn from(value: super::GroupEventData) -> Self {
                Self {
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    parent_group_id: Ok(value.parent_group_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupList {
            groups: ::std::result::Result<
                ::std::vec::Vec<super::Group>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GroupList {
            fn default() -> Self {
                Self {
                    groups: Err("no value supplied for groups".to_string()),
                }
            }
        }
        impl GroupList {
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Group>>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for groups: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupList> for super::GroupList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { groups: value.groups? })
            }
        }
        impl ::std::convert::From<super::GroupList> for GroupList {
            fn from(value: super::GroupList) -> Self {
                Self { groups: Ok(value.groups) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImageSummary {
            image_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ImageSummary {
            fn default() -> Self {
                Self {
                    image_url: Ok(Default::default()),
                }
            }
        }
        impl ImageSummary {
            pub fn image_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ImageSummary> for super::ImageSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImageSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    image_url: value.image_url?,
                })
            }
        }
        impl ::std::convert::From<super::ImageSummary> for ImageSummary {
            fn from(value: super::ImageSummary) -> Self {
                Self {
                    image_url: Ok(value.image_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobBody {
            assigned_to: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumber>,
                ::std::string::String,
            >,
            due_date: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for JobBody {
            fn default() -> Self {
                Self {
                    assigned_to: Err("no value supplied for assigned_to".to_string()),
                    due_date: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl JobBody {
            pub fn assigned_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumber>>,
                T::Error: ::std::fmt::Display,
            {
                self.assigned_to = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assigned_to: {e}")
                    });
                self
            }
            pub fn due_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_date: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobBody> for super::JobBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assigned_to: value.assigned_to?,
                    due_date: value.due_date?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::JobBody> for JobBody {
            fn from(value: super::JobBody) -> Self {
                Self {
                    assigned_to: Ok(value.assigned_to),
                    due_date: Ok(value.due_date),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobCreatedEventData {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assigned_to: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            due_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobCreatedEventData {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    assigned_to: Ok(Default::default()),
                    due_date: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    text: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl JobCreatedEventData {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn assigned_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assigned_to = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assigned_to: {e}")
                    });
                self
            }
            pub fn due_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_date: {e}")
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobCreatedEventData>
        for super::JobCreatedEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobCreatedEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    assigned_to: value.assigned_to?,
                    due_date: value.due_date?,
                    group_id: value.group_id?,
                    text: value.text?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::JobCreatedEventData> for JobCreatedEventData {
            fn from(value: super::JobCreatedEventData) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    assigned_to: Ok(value.assigned_to),
                    due_date: Ok(value.due_date),
                    group_id: Ok(value.group_id),
                    text: Ok(value.text),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobDetails {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assignee_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            due_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            response_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            responses: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobDetails {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    assignee_count: Ok(Default::default()),
                    due_date: Ok(Default::default()),
                    response_count: Ok(Default::default()),
                    responses: Ok(Default::default()),
                    status: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl JobDetails {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn assignee_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assignee_count: {e}"
                        )
                    });
                self
            }
            pub fn due_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_date: {e}")
                    });
                self
            }
            pub fn response_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_count: {e}"
                        )
                    });
                self
            }
            pub fn responses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.responses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responses: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobDetails> for super::JobDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    assignee_count: value.assignee_count?,
                    due_date: value.due_date?,
                    response_count: value.response_count?,
                    responses: value.responses?,
                    status: value.status?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::JobDetails> for JobDetails {
            fn from(value: super::JobDetails) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    assignee_count: Ok(value.assignee_count),
                    due_date: Ok(value.due_date),
                    response_count: Ok(value.response_count),
                    responses: Ok(value.responses),
                    status: Ok(value.status),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobResponseBody {
            is_completed: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for JobResponseBody {
            fn default() -> Self {
                Self {
                    is_completed: Err("no value supplied for is_completed".to_string()),
                }
            }
        }
        impl JobResponseBody {
            pub fn is_completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_completed: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobResponseBody> for super::JobResponseBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobResponseBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_completed: value.is_completed?,
                })
            }
        }
        impl ::std::convert::From<super::JobResponseBody> for JobResponseBody {
            fn from(value: super::JobResponseBody) -> Self {
                Self {
                    is_completed: Ok(value.is_completed),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobResponseEventData {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder_profile_pic: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            response_details: ::std::result::Result<
                ::std::option::Option<super::JobResponseEventDataResponseDetails>,
                ::std::string::String,
            >,
            response_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobResponseEventData {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    responder: Ok(Default::default()),
                    responder_id: Ok(Default::default()),
                    responder_name: Ok(Default::default()),
                    responder_profile_pic: Ok(Default::default()),
                    response_details: Ok(Default::default()),
                    response_id: Ok(Default::default()),
                }
            }
        }
        impl JobResponseEventData {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn responder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responder: {e}")
                    });
                self
            }
            pub fn responder_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responder_id: {e}")
                    });
                self
            }
            pub fn responder_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_name: {e}"
                        )
                    });
                self
            }
            pub fn responder_profile_pic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_profile_pic = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_profile_pic: {e}"
                        )
                    });
                self
            }
            pub fn response_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::JobResponseEventDataResponseDetails>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.response_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_details: {e}"
                        )
                    });
                self
            }
            pub fn response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobResponseEventData>
        for super::JobResponseEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobResponseEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    group_id: value.group_id?,
                    responder: value.responder?,
                    responder_id: value.responder_id?,
                    responder_name: value.responder_name?,
                    responder_profile_pic: value.responder_profile_pic?,
                    response_details: value.response_details?,
                    response_id: value.response_id?,
                })
            }
        }
        impl ::std::convert::From<super::JobResponseEventData> for JobResponseEventData {
            fn from(value: super::JobResponseEventData) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    group_id: Ok(value.group_id),
                    responder: Ok(value.responder),
                    responder_id: Ok(value.responder_id),
                    responder_name: Ok(value.responder_name),
                    responder_profile_pic: Ok(value.responder_profile_pic),
                    response_details: Ok(value.response_details),
                    response_id: Ok(value.response_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobResponseEventDataResponseDetails {
            response: ::std::result::Result<
                ::std::option::Option<
                    super::JobResponseEventDataResponseDetailsResponse,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobResponseEventDataResponseDetails {
            fn default() -> Self {
                Self {
                    response: Ok(Default::default()),
                }
            }
        }
        impl JobResponseEventDataResponseDetails {
            pub fn response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::JobResponseEventDataResponseDetailsResponse,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.response = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobResponseEventDataResponseDetails>
        for super::JobResponseEventDataResponseDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobResponseEventDataResponseDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { response: value.response? })
            }
        }
        impl ::std::convert::From<super::JobResponseEventDataResponseDetails>
        for JobResponseEventDataResponseDetails {
            fn from(value: super::JobResponseEventDataResponseDetails) -> Self {
                Self {
                    response: Ok(value.response),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobResponseEventDataResponseDetailsResponse {
            assignee: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assignee_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assignee_profile_pic: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_completed: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobResponseEventDataResponseDetailsResponse {
            fn default() -> Self {
                Self {
                    assignee: Ok(Default::default()),
                    assignee_name: Ok(Default::default()),
                    assignee_profile_pic: Ok(Default::default()),
                    is_completed: Ok(Default::default()),
                }
            }
        }
        impl JobResponseEventDataResponseDetailsResponse {
            pub fn assignee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignee: {e}")
                    });
                self
            }
            pub fn assignee_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignee_name: {e}")
                    });
                self
            }
            pub fn assignee_profile_pic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_profile_pic = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assignee_profile_pic: {e}"
                        )
                    });
                self
            }
            pub fn is_completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_completed: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobResponseEventDataResponseDetailsResponse>
        for super::JobResponseEventDataResponseDetailsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobResponseEventDataResponseDetailsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assignee: value.assignee?,
                    assignee_name: value.assignee_name?,
                    assignee_profile_pic: value.assignee_profile_pic?,
                    is_completed: value.is_completed?,
                })
            }
        }
        impl ::std::convert::From<super::JobResponseEventDataResponseDetailsResponse>
        for JobResponseEventDataResponseDetailsResponse {
            fn from(value: super::JobResponseEventDataResponseDetailsResponse) -> Self {
                Self {
                    assignee: Ok(value.assignee),
                    assignee_name: Ok(value.assignee_name),
                    assignee_profile_pic: Ok(value.assignee_profile_pic),
                    is_completed: Ok(value.is_completed),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobSummary {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assignee_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            is_completed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            response_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobSummary {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    assignee_count: Ok(Default::default()),
                    is_completed: Ok(Default::default()),
                    response_count: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl JobSummary {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn assignee_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assignee_count: {e}"
                        )
                    });
                self
            }
            pub fn is_completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_completed: {e}")
                    });
                self
            }
            pub fn response_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_count: {e}"
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobSummary> for super::JobSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    assignee_count: value.assignee_count?,
                    is_completed: value.is_completed?,
                    response_count: value.response_count?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::JobSummary> for JobSummary {
            fn from(value: super::JobSummary) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    assignee_count: Ok(value.assignee_count),
                    is_completed: Ok(value.is_completed),
                    response_count: Ok(value.response_count),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LetsMeetBody {
            agenda: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            is_sender_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            place: ::std::result::Result<
                ::std::option::Option<super::Location>,
                ::std::string::String,
            >,
            starting_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for LetsMeetBody {
            fn default() -> Self {
                Self {
                    agenda: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    is_sender_only: Ok(Default::default()),
                    place: Ok(Default::default()),
                    starting_time: Err(
                        "no value supplied for starting_time".to_string(),
                    ),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl LetsMeetBody {
            pub fn agenda<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.agenda = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agenda: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU32>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn is_sender_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_sender_only: {e}"
                        )
                    });
                self
            }
            pub fn place<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Location>>,
                T::Error: ::std::fmt::Display,
            {
                self.place = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for place: {e}")
                    });
                self
            }
            pub fn starting_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.starting_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for starting_time: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LetsMeetBody> for super::LetsMeetBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LetsMeetBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agenda: value.agenda?,
                    duration: value.duration?,
                    is_sender_only: value.is_sender_only?,
                    place: value.place?,
                    starting_time: value.starting_time?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::LetsMeetBody> for LetsMeetBody {
            fn from(value: super::LetsMeetBody) -> Self {
                Self {
                    agenda: Ok(value.agenda),
                    duration: Ok(value.duration),
                    is_sender_only: Ok(value.is_sender_only),
                    place: Ok(value.place),
                    starting_time: Ok(value.starting_time),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LetsMeetSummary {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            agenda: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            is_sender_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            place: ::std::result::Result<
                ::std::option::Option<super::Location>,
                ::std::string::String,
            >,
            starting_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LetsMeetSummary {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    agenda: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    is_sender_only: Ok(Default::default()),
                    place: Ok(Default::default()),
                    starting_time: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl LetsMeetSummary {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn agenda<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.agenda = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agenda: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn is_sender_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_sender_only: {e}"
                        )
                    });
                self
            }
            pub fn place<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Location>>,
                T::Error: ::std::fmt::Display,
            {
                self.place = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for place: {e}")
                    });
                self
            }
            pub fn starting_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.starting_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for starting_time: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LetsMeetSummary> for super::LetsMeetSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LetsMeetSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    agenda: value.agenda?,
                    duration: value.duration?,
                    is_sender_only: value.is_sender_only?,
                    place: value.place?,
                    starting_time: value.starting_time?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::LetsMeetSummary> for LetsMeetSummary {
            fn from(value: super::LetsMeetSummary) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    agenda: Ok(value.agenda),
                    duration: Ok(value.duration),
                    is_sender_only: Ok(value.is_sender_only),
                    place: Ok(value.place),
                    starting_time: Ok(value.starting_time),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Location {
            latitude: ::std::result::Result<f64, ::std::string::String>,
            longitude: ::std::result::Result<f64, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Location {
            fn default() -> Self {
                Self {
                    latitude: Err("no value supplied for latitude".to_string()),
                    longitude: Err("no value supplied for longitude".to_string()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Location {
            pub fn latitude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.latitude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for latitude: {e}")
                    });
                self
            }
            pub fn longitude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.longitude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for longitude: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Location> for super::Location {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Location,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    latitude: value.latitude?,
                    longitude: value.longitude?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Location> for Location {
            fn from(value: super::Location) -> Self {
                Self {
                    latitude: Ok(value.latitude),
                    longitude: Ok(value.longitude),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LocationAnswer {
            acc: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            lg: ::std::result::Result<f64, ::std::string::String>,
            lt: ::std::result::Result<f64, ::std::string::String>,
            n: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LocationAnswer {
            fn default() -> Self {
                Self {
                    acc: Ok(Default::default()),
                    lg: Err("no value supplied for lg".to_string()),
                    lt: Err("no value supplied for lt".to_string()),
                    n: Ok(Default::default()),
                }
            }
        }
        impl LocationAnswer {
            pub fn acc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.acc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for acc: {e}")
                    });
                self
            }
            pub fn lg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.lg = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for lg: {e}"));
                self
            }
            pub fn lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.lt = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for lt: {e}"));
                self
            }
            pub fn n<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.n = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for n: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<LocationAnswer> for super::LocationAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LocationAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    acc: value.acc?,
                    lg: value.lg?,
                    lt: value.lt?,
                    n: value.n?,
                })
            }
        }
        impl ::std::convert::From<super::LocationAnswer> for LocationAnswer {
            fn from(value: super::LocationAnswer) -> Self {
                Self {
                    acc: Ok(value.acc),
                    lg: Ok(value.lg),
                    lt: Ok(value.lt),
                    n: Ok(value.n),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LocationSummary {
            image_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            latitude: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            longitude: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LocationSummary {
            fn default() -> Self {
                Self {
                    image_url: Ok(Default::default()),
                    latitude: Ok(Default::default()),
                    longitude: Ok(Default::default()),
                }
            }
        }
        impl LocationSummary {
            pub fn image_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_url: {e}")
                    });
                self
            }
            pub fn latitude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.latitude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for latitude: {e}")
                    });
                self
            }
            pub fn longitude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.longitude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for longitude: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LocationSummary> for super::LocationSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LocationSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    image_url: value.image_url?,
                    latitude: value.latitude?,
                    longitude: value.longitude?,
                })
            }
        }
        impl ::std::convert::From<super::LocationSummary> for LocationSummary {
            fn from(value: super::LocationSummary) -> Self {
                Self {
                    image_url: Ok(value.image_url),
                    latitude: Ok(value.latitude),
                    longitude: Ok(value.longitude),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LoginWithPinRequest {
            application_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            mobile_number: ::std::result::Result<
                super::PhoneNumber,
                ::std::string::String,
            >,
            pin: ::std::result::Result<crate::pin::Pin, ::std::string::String>,
        }
        impl ::std::default::Default for LoginWithPinRequest {
            fn default() -> Self {
                Self {
                    application_id: Err(
                        "no value supplied for application_id".to_string(),
                    ),
                    mobile_number: Err(
                        "no value supplied for mobile_number".to_string(),
                    ),
                    pin: Err("no value supplied for pin".to_string()),
                }
            }
        }
        impl LoginWithPinRequest {
            pub fn application_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.application_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for application_id: {e}"
                        )
                    });
                self
            }
            pub fn mobile_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mobile_number: {e}")
                    });
                self
            }
            pub fn pin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::pin::Pin>,
                T::Error: ::std::fmt::Display,
            {
                self.pin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LoginWithPinRequest>
        for super::LoginWithPinRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginWithPinRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    application_id: value.application_id?,
                    mobile_number: value.mobile_number?,
                    pin: value.pin?,
                })
            }
        }
        impl ::std::convert::From<super::LoginWithPinRequest> for LoginWithPinRequest {
            fn from(value: super::LoginWithPinRequest) -> Self {
                Self {
                    application_id: Ok(value.application_id),
                    mobile_number: Ok(value.mobile_number),
                    pin: Ok(value.pin),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LoginWithPinResponse {
            granted_scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                crate::secret::Secret,
                ::std::string::String,
            >,
            refresh_token_expiry: ::std::result::Result<
                ::std::option::Option<super::EpochMillis>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LoginWithPinResponse {
            fn default() -> Self {
                Self {
                    granted_scope: Ok(Default::default()),
                    refresh_token: Err(
                        "no value supplied for refresh_token".to_string(),
                    ),
                    refresh_token_expiry: Ok(Default::default()),
                }
            }
        }
        impl LoginWithPinResponse {
            pub fn granted_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.granted_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for granted_scope: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::secret::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn refresh_token_expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EpochMillis>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expiry: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LoginWithPinResponse>
        for super::LoginWithPinResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginWithPinResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    granted_scope: value.granted_scope?,
                    refresh_token: value.refresh_token?,
                    refresh_token_expiry: value.refresh_token_expiry?,
                })
            }
        }
        impl ::std::convert::From<super::LoginWithPinResponse> for LoginWithPinResponse {
            fn from(value: super::LoginWithPinResponse) -> Self {
                Self {
                    granted_scope: Ok(value.granted_scope),
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expiry: Ok(value.refresh_token_expiry),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaBody {
            caption: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media_resource: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaBody {
            fn default() -> Self {
                Self {
                    caption: Ok(Default::default()),
                    media_resource: Err(
                        "no value supplied for media_resource".to_string(),
                    ),
                }
            }
        }
        impl MediaBody {
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.caption = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for caption: {e}")
                    });
                self
            }
            pub fn media_resource<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.media_resource = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for media_resource: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaBody> for super::MediaBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    caption: value.caption?,
                    media_resource: value.media_resource?,
                })
            }
        }
        impl ::std::convert::From<super::MediaBody> for MediaBody {
            fn from(value: super::MediaBody) -> Self {
                Self {
                    caption: Ok(value.caption),
                    media_resource: Ok(value.media_resource),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaItem {
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media_file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaItem {
            fn default() -> Self {
                Self {
                    file_name: Ok(Default::default()),
                    media_file_name: Ok(Default::default()),
                    media_url: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl MediaItem {
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn media_file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for media_file_name: {e}"
                        )
                    });
                self
            }
            pub fn media_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_url: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaItem> for super::MediaItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file_name: value.file_name?,
                    media_file_name: value.media_file_name?,
                    media_url: value.media_url?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::MediaItem> for MediaItem {
            fn from(value: super::MediaItem) -> Self {
                Self {
                    file_name: Ok(value.file_name),
                    media_file_name: Ok(value.media_file_name),
                    media_url: Ok(value.media_url),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaUploadForm {
            files: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MediaUploadForm {
            fn default() -> Self {
                Self {
                    files: Err("no value supplied for files".to_string()),
                }
            }
        }
        impl MediaUploadForm {
            pub fn files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for files: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaUploadForm> for super::MediaUploadForm {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaUploadForm,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { files: value.files? })
            }
        }
        impl ::std::convert::From<super::MediaUploadForm> for MediaUploadForm {
            fn from(value: super::MediaUploadForm) -> Self {
                Self { files: Ok(value.files) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaUploadResponse {
            media_resource: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaUploadResponse {
            fn default() -> Self {
                Self {
                    media_resource: Err(
                        "no value supplied for media_resource".to_string(),
                    ),
                }
            }
        }
        impl MediaUploadResponse {
            pub fn media_resource<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.media_resource = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for media_resource: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaUploadResponse>
        for super::MediaUploadResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaUploadResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    media_resource: value.media_resource?,
                })
            }
        }
        impl ::std::convert::From<super::MediaUploadResponse> for MediaUploadResponse {
            fn from(value: super::MediaUploadResponse) -> Self {
                Self {
                    media_resource: Ok(value.media_resource),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaUrlRequest {
            media_url: ::std::result::Result<
                super::MediaUrlRequestMediaUrl,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaUrlRequest {
            fn default() -> Self {
                Self {
                    media_url: Err("no value supplied for media_url".to_string()),
                }
            }
        }
        impl MediaUrlRequest {
            pub fn media_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MediaUrlRequestMediaUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.media_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaUrlRequest> for super::MediaUrlRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaUrlRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    media_url: value.media_url?,
                })
            }
        }
        impl ::std::convert::From<super::MediaUrlRequest> for MediaUrlRequest {
            fn from(value: super::MediaUrlRequest) -> Self {
                Self {
                    media_url: Ok(value.media_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Member {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_provisioned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            mobile_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Member {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    is_provisioned: Ok(Default::default()),
                    mobile_number: Ok(Default::default()),
                    name: Ok(Default::default()),
                    role: Ok(Default::default()),
                }
            }
        }
        impl Member {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_provisioned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_provisioned = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_provisioned: {e}"
                        )
                    });
                self
            }
            pub fn mobile_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mobile_number: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Member> for super::Member {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Member,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    is_provisioned: value.is_provisioned?,
                    mobile_number: value.mobile_number?,
                    name: value.name?,
                    role: value.role?,
                })
            }
        }
        impl ::std::convert::From<super::Member> for Member {
            fn from(value: super::Member) -> Self {
                Self {
                    id: Ok(value.id),
                    is_provisioned: Ok(value.is_provisioned),
                    mobile_number: Ok(value.mobile_number),
                    name: Ok(value.name),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemberEventData {
            member: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            member_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            member_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            member_profile_pic: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MemberEventData {
            fn default() -> Self {
                Self {
                    member: Ok(Default::default()),
                    member_id: Ok(Default::default()),
                    member_name: Ok(Default::default()),
                    member_profile_pic: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl MemberEventData {
            pub fn member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.member = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member: {e}")
                    });
                self
            }
            pub fn member_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.member_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member_id: {e}")
                    });
                self
            }
            pub fn member_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.member_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member_name: {e}")
                    });
                self
            }
            pub fn member_profile_pic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.member_profile_pic = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for member_profile_pic: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemberEventData> for super::MemberEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemberEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    member: value.member?,
                    member_id: value.member_id?,
                    member_name: value.member_name?,
                    member_profile_pic: value.member_profile_pic?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::MemberEventData> for MemberEventData {
            fn from(value: super::MemberEventData) -> Self {
                Self {
                    member: Ok(value.member),
                    member_id: Ok(value.member_id),
                    member_name: Ok(value.member_name),
                    member_profile_pic: Ok(value.member_profile_pic),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemberList {
            members: ::std::result::Result<
                ::std::vec::Vec<super::Member>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MemberList {
            fn default() -> Self {
                Self {
                    members: Err("no value supplied for members".to_string()),
                }
            }
        }
        impl MemberList {
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Member>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemberList> for super::MemberList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemberList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { members: value.members? })
            }
        }
        impl ::std::convert::From<super::MemberList> for MemberList {
            fn from(value: super::MemberList) -> Self {
                Self { members: Ok(value.members) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OAuthTokenRequest {
            client_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                crate::secret::Secret,
                ::std::string::String,
            >,
            code: ::std::result::Result<crate::secret::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for OAuthTokenRequest {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    client_secret: Err(
                        "no value supplied for client_secret".to_string(),
                    ),
                    code: Err("no value supplied for code".to_string()),
                }
            }
        }
        impl OAuthTokenRequest {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::secret::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::secret::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OAuthTokenRequest> for super::OAuthTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    code: value.code?,
                })
            }
        }
        impl ::std::convert::From<super::OAuthTokenRequest> for OAuthTokenRequest {
            fn from(value: super::OAuthTokenRequest) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    code: Ok(value.code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OptionalResultResponse {
            result: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OptionalResultResponse {
            fn default() -> Self {
                Self {
                    result: Ok(Default::default()),
                }
            }
        }
        impl OptionalResultResponse {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OptionalResultResponse>
        for super::OptionalResultResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OptionalResultResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::OptionalResultResponse>
        for OptionalResultResponse {
            fn from(value: super::OptionalResultResponse) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollBody {
            choices: ::std::result::Result<
                ::std::vec::Vec<super::PollChoice>,
                ::std::string::String,
            >,
            expiry_in_hours: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            question: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PollBody {
            fn default() -> Self {
                Self {
                    choices: Err("no value supplied for choices".to_string()),
                    expiry_in_hours: Ok(Default::default()),
                    question: Err("no value supplied for question".to_string()),
                }
            }
        }
        impl PollBody {
            pub fn choices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PollChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.choices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for choices: {e}")
                    });
                self
            }
            pub fn expiry_in_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU32>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiry_in_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiry_in_hours: {e}"
                        )
                    });
                self
            }
            pub fn question<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.question = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for question: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollBody> for super::PollBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    choices: value.choices?,
                    expiry_in_hours: value.expiry_in_hours?,
                    question: value.question?,
                })
            }
        }
        impl ::std::convert::From<super::PollBody> for PollBody {
            fn from(value: super::PollBody) -> Self {
                Self {
                    choices: Ok(value.choices),
                    expiry_in_hours: Ok(value.expiry_in_hours),
                    question: Ok(value.question),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollChoice {
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PollChoice {
            fn default() -> Self {
                Self {
                    image: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl PollChoice {
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollChoice> for super::PollChoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollChoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    image: value.image?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::PollChoice> for PollChoice {
            fn from(value: super::PollChoice) -> Self {
                Self {
                    image: Ok(value.image),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollSummary {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            choices: ::std::result::Result<
                ::std::vec::Vec<super::PollChoice>,
                ::std::string::String,
            >,
            expiry_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            is_sender_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            question: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PollSummary {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    choices: Ok(Default::default()),
                    expiry_date: Ok(Default::default()),
                    is_sender_only: Ok(Default::default()),
                    question: Ok(Default::default()),
                }
            }
        }
        impl PollSummary {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn choices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PollChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.choices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for choices: {e}")
                    });
                self
            }
            pub fn expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry_date: {e}")
                    });
                self
            }
            pub fn is_sender_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_sender_only: {e}"
                        )
                    });
                self
            }
            pub fn question<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.question = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for question: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollSummary> for super::PollSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    choices: value.choices?,
                    expiry_date: value.expiry_date?,
                    is_sender_only: value.is_sender_only?,
                    question: value.question?,
                })
            }
        }
        impl ::std::convert::From<super::PollSummary> for PollSummary {
            fn from(value: super::PollSummary) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    choices: Ok(value.choices),
                    expiry_date: Ok(value.expiry_date),
                    is_sender_only: Ok(value.is_sender_only),
                    question: Ok(value.question),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Question {
            is_invisible: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<super::QuestionOption>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::QuestionType, ::std::string::String>,
        }
        impl ::std::default::Default for Question {
            fn default() -> Self {
                Self {
                    is_invisible: Ok(Default::default()),
                    options: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Question {
            pub fn is_invisible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_invisible = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_invisible: {e}")
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::QuestionOption>>,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QuestionType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Question> for super::Question {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Question,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_invisible: value.is_invisible?,
                    options: value.options?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Question> for Question {
            fn from(value: super::Question) -> Self {
                Self {
                    is_invisible: Ok(value.is_invisible),
                    options: Ok(value.options),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QuestionAnswer {
            answer: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            is_invisible: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QuestionAnswer {
            fn default() -> Self {
                Self {
                    answer: Ok(Default::default()),
                    is_invisible: Ok(Default::default()),
                    options: Ok(Default::default()),
                    title: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl QuestionAnswer {
            pub fn answer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.answer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for answer: {e}")
                    });
                self
            }
            pub fn is_invisible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_invisible = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_invisible: {e}")
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QuestionAnswer> for super::QuestionAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuestionAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answer: value.answer?,
                    is_invisible: value.is_invisible?,
                    options: value.options?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::QuestionAnswer> for QuestionAnswer {
            fn from(value: super::QuestionAnswer) -> Self {
                Self {
                    answer: Ok(value.answer),
                    is_invisible: Ok(value.is_invisible),
                    options: Ok(value.options),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QuestionOption {
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for QuestionOption {
            fn default() -> Self {
                Self {
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl QuestionOption {
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QuestionOption> for super::QuestionOption {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuestionOption,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { title: value.title? })
            }
        }
        impl ::std::convert::From<super::QuestionOption> for QuestionOption {
            fn from(value: super::QuestionOption) -> Self {
                Self { title: Ok(value.title) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReactionDetail {
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_modified_time: ::std::result::Result<
                ::std::option::Option<super::EpochMillis>,
                ::std::string::String,
            >,
            reaction_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReactionDetail {
            fn default() -> Self {
                Self {
                    comment: Ok(Default::default()),
                    last_modified_time: Ok(Default::default()),
                    reaction_id: Err("no value supplied for reaction_id".to_string()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl ReactionDetail {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn last_modified_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EpochMillis>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_modified_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_modified_time: {e}"
                        )
                    });
                self
            }
            pub fn reaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reaction_id: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReactionDetail> for super::ReactionDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReactionDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comment: value.comment?,
                    last_modified_time: value.last_modified_time?,
                    reaction_id: value.reaction_id?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReactionDetail> for ReactionDetail {
            fn from(value: super::ReactionDetail) -> Self {
                Self {
                    comment: Ok(value.comment),
                    last_modified_time: Ok(value.last_modified_time),
                    reaction_id: Ok(value.reaction_id),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReactionDetailsPage {
            cursor: ::std::result::Result<
                ::std::option::Option<super::Ticks>,
                ::std::string::String,
            >,
            reaction_details: ::std::result::Result<
                ::std::vec::Vec<super::ReactionDetail>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReactionDetailsPage {
            fn default() -> Self {
                Self {
                    cursor: Ok(Default::default()),
                    reaction_details: Err(
                        "no value supplied for reaction_details".to_string(),
                    ),
                }
            }
        }
        impl ReactionDetailsPage {
            pub fn cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Ticks>>,
                T::Error: ::std::fmt::Display,
            {
                self.cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cursor: {e}")
                    });
                self
            }
            pub fn reaction_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReactionDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.reaction_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reaction_details: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReactionDetailsPage>
        for super::ReactionDetailsPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReactionDetailsPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cursor: value.cursor?,
                    reaction_details: value.reaction_details?,
                })
            }
        }
        impl ::std::convert::From<super::ReactionDetailsPage> for ReactionDetailsPage {
            fn from(value: super::ReactionDetailsPage) -> Self {
                Self {
                    cursor: Ok(value.cursor),
                    reaction_details: Ok(value.reaction_details),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReactionSummary {
            reactions_count_map: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, i64>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReactionSummary {
            fn default() -> Self {
                Self {
                    reactions_count_map: Ok(Default::default()),
                    reference_id: Err("no value supplied for reference_id".to_string()),
                }
            }
        }
        impl ReactionSummary {
            pub fn reactions_count_map<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, i64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reactions_count_map = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reactions_count_map: {e}"
                        )
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReactionSummary> for super::ReactionSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReactionSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reactions_count_map: value.reactions_count_map?,
                    reference_id: value.reference_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReactionSummary> for ReactionSummary {
            fn from(value: super::ReactionSummary) -> Self {
                Self {
                    reactions_count_map: Ok(value.reactions_count_map),
                    reference_id: Ok(value.reference_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReactionSummaryPage {
            cursor: ::std::result::Result<
                ::std::option::Option<super::Ticks>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::vec::Vec<super::ReactionSummary>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReactionSummaryPage {
            fn default() -> Self {
                Self {
                    cursor: Ok(Default::default()),
                    summary: Err("no value supplied for summary".to_string()),
                }
            }
        }
        impl ReactionSummaryPage {
            pub fn cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Ticks>>,
                T::Error: ::std::fmt::Display,
            {
                self.cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cursor: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReactionSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReactionSummaryPage>
        for super::ReactionSummaryPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReactionSummaryPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cursor: value.cursor?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::ReactionSummaryPage> for ReactionSummaryPage {
            fn from(value: super::ReactionSummaryPage) -> Self {
                Self {
                    cursor: Ok(value.cursor),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReferenceResponse {
            reference_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReferenceResponse {
            fn default() -> Self {
                Self {
                    reference_id: Err("no value supplied for reference_id".to_string()),
                }
            }
        }
        impl ReferenceResponse {
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReferenceResponse> for super::ReferenceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReferenceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reference_id: value.reference_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReferenceResponse> for ReferenceResponse {
            fn from(value: super::ReferenceResponse) -> Self {
                Self {
                    reference_id: Ok(value.reference_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResultResponse {
            result: ::std::result::Result<super::LenientBool, ::std::string::String>,
        }
        impl ::std::default::Default for ResultResponse {
            fn default() -> Self {
                Self {
                    result: Err("no value supplied for result".to_string()),
                }
            }
        }
        impl ResultResponse {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LenientBool>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResultResponse> for super::ResultResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResultResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::ResultResponse> for ResultResponse {
            fn from(value: super::ResultResponse) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendActionResponse {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendActionResponse {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    reference_id: Err("no value supplied for reference_id".to_string()),
                }
            }
        }
        impl SendActionResponse {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendActionResponse> for super::SendActionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendActionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    reference_id: value.reference_id?,
                })
            }
        }
        impl ::std::convert::From<super::SendActionResponse> for SendActionResponse {
            fn from(value: super::SendActionResponse) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    reference_id: Ok(value.reference_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendMessageRequest {
            message: ::std::result::Result<
                super::SendMessageRequestMessage,
                ::std::string::String,
            >,
            send_to_all_subscribers: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            subscribers: ::std::result::Result<
                ::std::option::Option<super::SubscriberNumbers>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendMessageRequest {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    send_to_all_subscribers: Ok(Default::default()),
                    subscribers: Ok(Default::default()),
                }
            }
        }
        impl SendMessageRequest {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendMessageRequestMessage>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn send_to_all_subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_to_all_subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_to_all_subscribers: {e}"
                        )
                    });
                self
            }
            pub fn subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SubscriberNumbers>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subscribers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendMessageRequest> for super::SendMessageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendMessageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    send_to_all_subscribers: value.send_to_all_subscribers?,
                    subscribers: value.subscribers?,
                })
            }
        }
        impl ::std::convert::From<super::SendMessageRequest> for SendMessageRequest {
            fn from(value: super::SendMessageRequest) -> Self {
                Self {
                    message: Ok(value.message),
                    send_to_all_subscribers: Ok(value.send_to_all_subscribers),
                    subscribers: Ok(value.subscribers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Subscriber {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_provisioned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            mobile_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile_pic: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Subscriber {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    is_provisioned: Ok(Default::default()),
                    mobile_number: Ok(Default::default()),
                    name: Ok(Default::default()),
                    profile_pic: Ok(Default::default()),
                }
            }
        }
        impl Subscriber {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_provisioned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_provisioned = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_provisioned: {e}"
                        )
                    });
                self
            }
            pub fn mobile_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mobile_number: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn profile_pic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile_pic = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile_pic: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Subscriber> for super::Subscriber {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Subscriber,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    is_provisioned: value.is_provisioned?,
                    mobile_number: value.mobile_number?,
                    name: value.name?,
                    profile_pic: value.profile_pic?,
                })
            }
        }
        impl ::std::convert::From<super::Subscriber> for Subscriber {
            fn from(value: super::Subscriber) -> Self {
                Self {
                    id: Ok(value.id),
                    is_provisioned: Ok(value.is_provisioned),
                    mobile_number: Ok(value.mobile_number),
                    name: Ok(value.name),
                    profile_pic: Ok(value.profile_pic),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriberOutcome {
            is_added: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
            is_removed: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriberOutcome {
            fn default() -> Self {
                Self {
                    is_added: Ok(Default::default()),
                    is_removed: Ok(Default::default()),
                    message: Ok(Default::default()),
                    reason: Ok(Default::default()),
                }
            }
        }
        impl SubscriberOutcome {
            pub fn is_added<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_added = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_added: {e}")
                    });
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriberOutcome> for super::SubscriberOutcome {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriberOutcome,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_added: value.is_added?,
                    is_removed: value.is_removed?,
                    message: value.message?,
                    reason: value.reason?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriberOutcome> for SubscriberOutcome {
            fn from(value: super::SubscriberOutcome) -> Self {
                Self {
                    is_added: Ok(value.is_added),
                    is_removed: Ok(value.is_removed),
                    message: Ok(value.message),
                    reason: Ok(value.reason),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriberPage {
            cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subscribers: ::std::result::Result<
                ::std::vec::Vec<super::Subscriber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriberPage {
            fn default() -> Self {
                Self {
                    cursor: Ok(Default::default()),
                    subscribers: Err("no value supplied for subscribers".to_string()),
                }
            }
        }
        impl SubscriberPage {
            pub fn cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cursor: {e}")
                    });
                self
            }
            pub fn subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Subscriber>>,
                T::Error: ::std::fmt::Display,
            {
                self.subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subscribers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriberPage> for super::SubscriberPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriberPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cursor: value.cursor?,
                    subscribers: value.subscribers?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriberPage> for SubscriberPage {
            fn from(value: super::SubscriberPage) -> Self {
                Self {
                    cursor: Ok(value.cursor),
                    subscribers: Ok(value.subscribers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriberPageRequest {
            count: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriberPageRequest {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    cursor: Ok(Default::default()),
                }
            }
        }
        impl SubscriberPageRequest {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU32>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cursor: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriberPageRequest>
        for super::SubscriberPageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriberPageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    cursor: value.cursor?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriberPageRequest>
        for SubscriberPageRequest {
            fn from(value: super::SubscriberPageRequest) -> Self {
                Self {
                    count: Ok(value.count),
                    cursor: Ok(value.cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscribersRequest {
            subscribers: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscribersRequest {
            fn default() -> Self {
                Self {
                    subscribers: Err("no value supplied for subscribers".to_string()),
                }
            }
        }
        impl SubscribersRequest {
            pub fn subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumber>>,
                T::Error: ::std::fmt::Display,
            {
                self.subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subscribers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscribersRequest> for super::SubscribersRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscribersRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    subscribers: value.subscribers?,
                })
            }
        }
        impl ::std::convert::From<super::SubscribersRequest> for SubscribersRequest {
            fn from(value: super::SubscribersRequest) -> Self {
                Self {
                    subscribers: Ok(value.subscribers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscribersResult {
            result: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::SubscriberOutcome,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscribersResult {
            fn default() -> Self {
                Self {
                    result: Err("no value supplied for result".to_string()),
                }
            }
        }
        impl SubscribersResult {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::SubscriberOutcome,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscribersResult> for super::SubscribersResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscribersResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::SubscribersResult> for SubscribersResult {
            fn from(value: super::SubscribersResult) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SurveyBody {
            accept_multiple_responses: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            due_date: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            is_anonymous: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_sender_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            questions: ::std::result::Result<
                ::std::vec::Vec<super::Question>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SurveyBody {
            fn default() -> Self {
                Self {
                    accept_multiple_responses: Ok(Default::default()),
                    due_date: Ok(Default::default()),
                    is_anonymous: Ok(Default::default()),
                    is_sender_only: Ok(Default::default()),
                    questions: Err("no value supplied for questions".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl SurveyBody {
            pub fn accept_multiple_responses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.accept_multiple_responses = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accept_multiple_responses: {e}"
                        )
                    });
                self
            }
            pub fn due_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_date: {e}")
                    });
                self
            }
            pub fn is_anonymous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_anonymous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_anonymous: {e}")
                    });
                self
            }
            pub fn is_sender_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_sender_only = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_sender_only: {e}"
                        )
                    });
                self
            }
            pub fn questions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Question>>,
                T::Error: ::std::fmt::Display,
            {
                self.questions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for questions: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SurveyBody> for super::SurveyBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SurveyBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accept_multiple_responses: value.accept_multiple_responses?,
                    due_date: value.due_date?,
                    is_anonymous: value.is_anonymous?,
                    is_sender_only: value.is_sender_only?,
                    questions: value.questions?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::SurveyBody> for SurveyBody {
            fn from(value: super::SurveyBody) -> Self {
                Self {
                    accept_multiple_responses: Ok(value.accept_multiple_responses),
                    due_date: Ok(value.due_date),
                    is_anonymous: Ok(value.is_anonymous),
                    is_sender_only: Ok(value.is_sender_only),
                    questions: Ok(value.questions),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SurveyDetails {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiry_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            response_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            responses: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SurveyDetails {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    expiry_date: Ok(Default::default()),
                    response_count: Ok(Default::default()),
                    responses: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl SurveyDetails {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry_date: {e}")
                    });
                self
            }
            pub fn response_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_count: {e}"
                        )
                    });
                self
            }
            pub fn responses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.responses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responses: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SurveyDetails> for super::SurveyDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SurveyDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    expiry_date: value.expiry_date?,
                    response_count: value.response_count?,
                    responses: value.responses?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::SurveyDetails> for SurveyDetails {
            fn from(value: super::SurveyDetails) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    expiry_date: Ok(value.expiry_date),
                    response_count: Ok(value.response_count),
                    responses: Ok(value.responses),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SurveyEventData {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            action_package_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_anonymous: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
            is_update_response: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
            package_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            question: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responder_profile_pic: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            response_details: ::std::result::Result<
                ::std::option::Option<super::SurveyEventDataResponseDetails>,
                ::std::string::String,
            >,
            response_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SurveyEventData {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    action_package_id: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    is_anonymous: Ok(Default::default()),
                    is_update_response: Ok(Default::default()),
                    package_id: Ok(Default::default()),
                    question: Ok(Default::default()),
                    responder: Ok(Default::default()),
                    responder_id: Ok(Default::default()),
                    responder_name: Ok(Default::default()),
                    responder_profile_pic: Ok(Default::default()),
                    response_details: Ok(Default::default()),
                    response_id: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl SurveyEventData {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn action_package_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_package_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for action_package_id: {e}"
                        )
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn is_anonymous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_anonymous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_anonymous: {e}")
                    });
                self
            }
            pub fn is_update_response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_update_response = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_update_response: {e}"
                        )
                    });
                self
            }
            pub fn package_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.package_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for package_id: {e}")
                    });
                self
            }
            pub fn question<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.question = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for question: {e}")
                    });
                self
            }
            pub fn responder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responder: {e}")
                    });
                self
            }
            pub fn responder_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responder_id: {e}")
                    });
                self
            }
            pub fn responder_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_name: {e}"
                        )
                    });
                self
            }
            pub fn responder_profile_pic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.responder_profile_pic = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for responder_profile_pic: {e}"
                        )
                    });
                self
            }
            pub fn response_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SurveyEventDataResponseDetails>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.response_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_details: {e}"
                        )
                    });
                self
            }
            pub fn response_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_id: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SurveyEventData> for super::SurveyEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SurveyEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    action_package_id: value.action_package_id?,
                    group_id: value.group_id?,
                    is_anonymous: value.is_anonymous?,
                    is_update_response: value.is_update_response?,
                    package_id: value.package_id?,
                    question: value.question?,
                    responder: value.responder?,
                    responder_id: value.responder_id?,
                    responder_name: value.responder_name?,
                    responder_profile_pic: value.responder_profile_pic?,
                    response_details: value.response_details?,
                    response_id: value.response_id?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::SurveyEventData> for SurveyEventData {
            fn from(value: super::SurveyEventData) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    action_package_id: Ok(value.action_package_id),
                    group_id: Ok(value.group_id),
                    is_anonymous: Ok(value.is_anonymous),
                    is_update_response: Ok(value.is_update_response),
                    package_id: Ok(value.package_id),
                    question: Ok(value.question),
                    responder: Ok(value.responder),
                    responder_id: Ok(value.responder_id),
                    responder_name: Ok(value.responder_name),
                    responder_profile_pic: Ok(value.responder_profile_pic),
                    response_details: Ok(value.response_details),
                    response_id: Ok(value.response_id),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SurveyEventDataResponseDetails {
            response_with_questions: ::std::result::Result<
                ::std::vec::Vec<super::QuestionAnswer>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SurveyEventDataResponseDetails {
            fn default() -> Self {
                Self {
                    response_with_questions: Ok(Default::default()),
                }
            }
        }
        impl SurveyEventDataResponseDetails {
            pub fn response_with_questions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::QuestionAnswer>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_with_questions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_with_questions: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SurveyEventDataResponseDetails>
        for super::SurveyEventDataResponseDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SurveyEventDataResponseDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_with_questions: value.response_with_questions?,
                })
            }
        }
        impl ::std::convert::From<super::SurveyEventDataResponseDetails>
        for SurveyEventDataResponseDetails {
            fn from(value: super::SurveyEventDataResponseDetails) -> Self {
                Self {
                    response_with_questions: Ok(value.response_with_questions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SurveyResponseBody {
            answers: ::std::result::Result<
                ::std::vec::Vec<super::SurveyAnswer>,
                ::std::string::String,
            >,
            response_location: ::std::result::Result<
                ::std::option::Option<super::Location>,
                ::std::string::String,
            >,
            response_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SurveyResponseBody {
            fn default() -> Self {
                Self {
                    answers: Err("no value supplied for answers".to_string()),
                    response_location: Ok(Default::default()),
                    response_name: Ok(Default::default()),
                }
            }
        }
        impl SurveyResponseBody {
            pub fn answers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SurveyAnswer>>,
                T::Error: ::std::fmt::Display,
            {
                self.answers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for answers: {e}")
                    });
                self
            }
            pub fn response_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Location>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_location: {e}"
                        )
                    });
                self
            }
            pub fn response_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SurveyResponseBody> for super::SurveyResponseBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SurveyResponseBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answers: value.answers?,
                    response_location: value.response_location?,
                    response_name: value.response_name?,
                })
            }
        }
        impl ::std::convert::From<super::SurveyResponseBody> for SurveyResponseBody {
            fn from(value: super::SurveyResponseBody) -> Self {
                Self {
                    answers: Ok(value.answers),
                    response_location: Ok(value.response_location),
                    response_name: Ok(value.response_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SurveySummary {
            action_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiry_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            response_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SurveySummary {
            fn default() -> Self {
                Self {
                    action_id: Ok(Default::default()),
                    expiry_date: Ok(Default::default()),
                    response_count: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl SurveySummary {
            pub fn action_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_id: {e}")
                    });
                self
            }
            pub fn expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry_date: {e}")
                    });
                self
            }
            pub fn response_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_count: {e}"
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SurveySummary> for super::SurveySummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SurveySummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_id: value.action_id?,
                    expiry_date: value.expiry_date?,
                    response_count: value.response_count?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::SurveySummary> for SurveySummary {
            fn from(value: super::SurveySummary) -> Self {
                Self {
                    action_id: Ok(value.action_id),
                    expiry_date: Ok(value.expiry_date),
                    response_count: Ok(value.response_count),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TextMessageCreatedEventData {
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TextMessageCreatedEventData {
            fn default() -> Self {
                Self {
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }
        impl TextMessageCreatedEventData {
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TextMessageCreatedEventData>
        for super::TextMessageCreatedEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TextMessageCreatedEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { text: value.text? })
            }
        }
        impl ::std::convert::From<super::TextMessageCreatedEventData>
        for TextMessageCreatedEventData {
            fn from(value: super::TextMessageCreatedEventData) -> Self {
                Self { text: Ok(value.text) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnknownActionDetails {
            action_details: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            action_type: ::std::result::Result<
                super::UnknownActionDetailsActionType,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sent_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UnknownActionDetails {
            fn default() -> Self {
                Self {
                    action_details: Ok(Default::default()),
                    action_type: Err("no value supplied for action_type".to_string()),
                    sender: Ok(Default::default()),
                    sent_at: Ok(Default::default()),
                }
            }
        }
        impl UnknownActionDetails {
            pub fn action_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for action_details: {e}"
                        )
                    });
                self
            }
            pub fn action_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UnknownActionDetailsActionType>,
                T::Error: ::std::fmt::Display,
            {
                self.action_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_type: {e}")
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn sent_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sent_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sent_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnknownActionDetails>
        for super::UnknownActionDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnknownActionDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_details: value.action_details?,
                    action_type: value.action_type?,
                    sender: value.sender?,
                    sent_at: value.sent_at?,
                })
            }
        }
        impl ::std::convert::From<super::UnknownActionDetails> for UnknownActionDetails {
            fn from(value: super::UnknownActionDetails) -> Self {
                Self {
                    action_details: Ok(value.action_details),
                    action_type: Ok(value.action_type),
                    sender: Ok(value.sender),
                    sent_at: Ok(value.sent_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnknownActionSummary {
            action_body: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            action_type: ::std::result::Result<
                super::UnknownActionSummaryActionType,
                ::std::string::String,
            >,
            creation_time: ::std::result::Result<
                ::std::option::Option<super::EpochSeconds>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sent_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UnknownActionSummary {
            fn default() -> Self {
                Self {
                    action_body: Ok(Default::default()),
                    action_type: Err("no value supplied for action_type".to_string()),
                    creation_time: Ok(Default::default()),
                    reference_id: Ok(Default::default()),
                    sender: Ok(Default::default()),
                    sent_at: Ok(Default::default()),
                }
            }
        }
        impl UnknownActionSummary {
            pub fn action_body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_body: {e}")
                    });
                self
            }
            pub fn action_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UnknownActionSummaryActionType>,
                T::Error: ::std::fmt::Display,
            {
                self.action_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_type: {e}")
                    });
                self
            }
            pub fn creation_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EpochSeconds>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_time: {e}")
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn sent_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sent_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sent_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnknownActionSummary>
        for super::UnknownActionSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnknownActionSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_body: value.action_body?,
                    action_type: value.action_type?,
                    creation_time: value.creation_time?,
                    reference_id: value.reference_id?,
                    sender: value.sender?,
                    sent_at: value.sent_at?,
                })
            }
        }
        impl ::std::convert::From<super::UnknownActionSummary> for UnknownActionSummary {
            fn from(value: super::UnknownActionSummary) -> Self {
                Self {
                    action_body: Ok(value.action_body),
                    action_type: Ok(value.action_type),
                    creation_time: Ok(value.creation_time),
                    reference_id: Ok(value.reference_id),
                    sender: Ok(value.sender),
                    sent_at: Ok(value.sent_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateActionPropertiesRequest {
            action_properties: ::std::result::Result<
                ::std::vec::Vec<super::ActionPropertyValue>,
                ::std::string::String,
            >,
            notification_target_group: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            send_notification_to_subscribers: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            send_to_all_subscribers: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            update_properties: ::std::result::Result<
                ::std::vec::Vec<super::ActionProperty>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateActionPropertiesRequest {
            fn default() -> Self {
                Self {
                    action_properties: Ok(Default::default()),
                    notification_target_group: Ok(Default::default()),
                    send_notification_to_subscribers: Ok(Default::default()),
                    send_to_all_subscribers: Ok(Default::default()),
                    update_properties: Err(
                        "no value supplied for update_properties".to_string(),
                    ),
                    version: Ok(Default::default()),
                }
            }
        }
        impl UpdateActionPropertiesRequest {
            pub fn action_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ActionPropertyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.action_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for action_properties: {e}"
                        )
                    });
                self
            }
            pub fn notification_target_group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_target_group = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_target_group: {e}"
                        )
                    });
                self
            }
            pub fn send_notification_to_subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_notification_to_subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_notification_to_subscribers: {e}"
                        )
                    });
                self
            }
            pub fn send_to_all_subscribers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_to_all_subscribers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_to_all_subscribers: {e}"
                        )
                    });
                self
            }
            pub fn update_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ActionProperty>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for update_properties: {e}"
                        )
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateActionPropertiesRequest>
        for super::UpdateActionPropertiesRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateActionPropertiesRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_properties: value.action_properties?,
                    notification_target_group: value.notification_target_group?,
                    send_notification_to_subscribers: value
                        .send_notification_to_subscribers?,
                    send_to_all_subscribers: value.send_to_all_subscribers?,
                    update_properties: value.update_properties?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateActionPropertiesRequest>
        for UpdateActionPropertiesRequest {
            fn from(value: super::UpdateActionPropertiesRequest) -> Self {
                Self {
                    action_properties: Ok(value.action_properties),
                    notification_target_group: Ok(value.notification_target_group),
                    send_notification_to_subscribers: Ok(
                        value.send_notification_to_subscribers,
                    ),
                    send_to_all_subscribers: Ok(value.send_to_all_subscribers),
                    update_properties: Ok(value.update_properties),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateBotRequest {
            name: ::std::result::Result<
                super::UpdateBotRequestName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateBotRequest {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl UpdateBotRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateBotRequestName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateBotRequest> for super::UpdateBotRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateBotRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::UpdateBotRequest> for UpdateBotRequest {
            fn from(value: super::UpdateBotRequest) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateWebhookRequest {
            active: ::std::result::Result<
                ::std::option::Option<super::StringBoolean>,
                ::std::string::String,
            >,
            call_back_context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            call_back_token: ::std::result::Result<
                ::std::option::Option<crate::secret::Secret>,
                ::std::string::String,
            >,
            call_back_url: ::std::result::Result<
                ::std::option::Option<super::UpdateWebhookRequestCallBackUrl>,
                ::std::string::String,
            >,
            event_types: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventType>,
                ::std::string::String,
            >,
            object_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object_type: ::std::result::Result<
                ::std::option::Option<super::WebhookObjectType>,
                ::std::string::String,
            >,
            validity: ::std::result::Result<
                ::std::option::Option<super::EpochMillis>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateWebhookRequest {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    call_back_context: Ok(Default::default()),
                    call_back_token: Ok(Default::default()),
                    call_back_url: Ok(Default::default()),
                    event_types: Ok(Default::default()),
                    object_id: Ok(Default::default()),
                    object_type: Ok(Default::default()),
                    validity: Ok(Default::default()),
                }
            }
        }
        impl UpdateWebhookRequest {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::StringBoolean>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn call_back_context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_back_context = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for call_back_context: {e}"
                        )
                    });
                self
            }
            pub fn call_back_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::secret::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_back_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for call_back_token: {e}"
                        )
                    });
                self
            }
            pub fn call_back_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateWebhookRequestCallBackUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.call_back_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call_back_url: {e}")
                    });
                self
            }
            pub fn event_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_types: {e}")
                    });
                self
            }
            pub fn object_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_id: {e}")
                    });
                self
            }
            pub fn object_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookObjectType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.object_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_type: {e}")
                    });
                self
            }
            pub fn validity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EpochMillis>>,
                T::Error: ::std::fmt::Display,
            {
                self.validity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for validity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateWebhookRequest>
        for super::UpdateWebhookRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateWebhookRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    call_back_context: value.call_back_context?,
                    call_back_token: value.call_back_token?,
                    call_back_url: value.call_back_url?,
                    event_types: value.event_types?,
                    object_id: value.object_id?,
                    object_type: value.object_type?,
                    validity: value.validity?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateWebhookRequest> for UpdateWebhookRequest {
            fn from(value: super::UpdateWebhookRequest) -> Self {
                Self {
                    active: Ok(value.active),
                    call_back_context: Ok(value.call_back_context),
                    call_back_token: Ok(value.call_back_token),
                    call_back_url: Ok(value.call_back_url),
                    event_types: Ok(value.event_types),
                    object_id: Ok(value.object_id),
                    object_type: Ok(value.object_type),
                    validity: Ok(value.validity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Webhook {
            active: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
            callback_context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            callback_token: ::std::result::Result<
                ::std::option::Option<crate::secret::Secret>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            filters: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ts: ::std::result::Result<
                ::std::option::Option<super::EpochMillis>,
                ::std::string::String,
            >,
            validity: ::std::result::Result<
                ::std::option::Option<super::EpochMillis>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Webhook {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    callback_context: Ok(Default::default()),
                    callback_token: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    events: Ok(Default::default()),
                    filters: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    object_id: Ok(Default::default()),
                    object_type: Ok(Default::default()),
                    ts: Ok(Default::default()),
                    validity: Ok(Default::default()),
                }
            }
        }
        impl Webhook {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn callback_context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_context = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for callback_context: {e}"
                        )
                    });
                self
            }
            pub fn callback_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::secret::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for callback_token: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            pub fn filters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.filters = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filters: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_id: {e}")
                    });
                self
            }
            pub fn object_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_type: {e}")
                    });
                self
            }
            pub fn ts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EpochMillis>>,
                T::Error: ::std::fmt::Display,
            {
                self.ts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ts: {e}"));
                self
            }
            pub fn validity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EpochMillis>>,
                T::Error: ::std::fmt::Display,
            {
                self.validity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for validity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Webhook> for super::Webhook {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Webhook,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    callback_context: value.callback_context?,
                    callback_token: value.callback_token?,
                    callback_url: value.callback_url?,
                    events: value.events?,
                    filters: value.filters?,
                    id: value.id?,
                    object_id: value.object_id?,
                    object_type: value.object_type?,
                    ts: value.ts?,
                    validity: value.validity?,
                })
            }
        }
        impl ::std::convert::From<super::Webhook> for Webhook {
            fn from(value: super::Webhook) -> Self {
                Self {
                    active: Ok(value.active),
                    callback_context: Ok(value.callback_context),
                    callback_token: Ok(value.callback_token),
                    callback_url: Ok(value.callback_url),
                    events: Ok(value.events),
                    filters: Ok(value.filters),
                    id: Ok(value.id),
                    object_id: Ok(value.object_id),
                    object_type: Ok(value.object_type),
                    ts: Ok(value.ts),
                    validity: Ok(value.validity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookEvent {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            event_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            from_user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_user_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from_user_profile_pic: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_botfrom_user: ::std::result::Result<
                ::std::option::Option<super::LenientBool>,
                ::std::string::String,
            >,
            object_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subscription_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEvent {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    data: Ok(Default::default()),
                    event_id: Err("no value supplied for event_id".to_string()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    from_user: Ok(Default::default()),
                    from_user_id: Ok(Default::default()),
                    from_user_name: Ok(Default::default()),
                    from_user_profile_pic: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    is_botfrom_user: Ok(Default::default()),
                    object_id: Ok(Default::default()),
                    object_type: Ok(Default::default()),
                    subscription_id: Ok(Default::default()),
                }
            }
        }
        impl WebhookEvent {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_id: {e}")
                    });
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn from_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_user: {e}")
                    });
                self
            }
            pub fn from_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_user_id: {e}")
                    });
                self
            }
            pub fn from_user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_user_name: {e}"
                        )
                    });
                self
            }
            pub fn from_user_profile_pic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_user_profile_pic = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for from_user_profile_pic: {e}"
                        )
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn is_botfrom_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientBool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_botfrom_user = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_botfrom_user: {e}"
                        )
                    });
                self
            }
            pub fn object_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_id: {e}")
                    });
                self
            }
            pub fn object_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_type: {e}")
                    });
                self
            }
            pub fn subscription_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subscription_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subscription_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEvent> for super::WebhookEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    data: value.data?,
                    event_id: value.event_id?,
                    event_type: value.event_type?,
                    from_user: value.from_user?,
                    from_user_id: value.from_user_id?,
                    from_user_name: value.from_user_name?,
                    from_user_profile_pic: value.from_user_profile_pic?,
                    group_id: value.group_id?,
                    is_botfrom_user: value.is_botfrom_user?,
                    object_id: value.object_id?,
                    object_type: value.object_type?,
                    subscription_id: value.subscription_id?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEvent> for WebhookEvent {
            fn from(value: super::WebhookEvent) -> Self {
                Self {
                    context: Ok(value.context),
                    data: Ok(value.data),
                    event_id: Ok(value.event_id),
                    event_type: Ok(value.event_type),
                    from_user: Ok(value.from_user),
                    from_user_id: Ok(value.from_user_id),
                    from_user_name: Ok(value.from_user_name),
                    from_user_profile_pic: Ok(value.from_user_profile_pic),
                    group_id: Ok(value.group_id),
                    is_botfrom_user: Ok(value.is_botfrom_user),
                    object_id: Ok(value.object_id),
                    object_type: Ok(value.object_type),
                    subscription_id: Ok(value.subscription_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookList {
            webhooks: ::std::result::Result<
                ::std::vec::Vec<super::Webhook>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookList {
            fn default() -> Self {
                Self {
                    webhooks: Err("no value supplied for webhooks".to_string()),
                }
            }
        }
        impl WebhookList {
            pub fn webhooks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Webhook>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhooks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhooks: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookList> for super::WebhookList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { webhooks: value.webhooks? })
            }
        }
        impl ::std::convert::From<super::WebhookList> for WebhookList {
            fn from(value: super::WebhookList) -> Self {
                Self {
                    webhooks: Ok(value.webhooks),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Microsoft Kaizala connector API

The REST API a Kaizala connector uses to manage groups, members and
subscribers, send messages, media and Actions, read reactions and manage
webhooks. Written by hand from Microsoft's reference pages (kaizala-docs,
Articles/connectors/), which are the only authority on the wire format now
that Kaizala is retired. Where the pages contradict themselves, each schema
says which reading it takes and why. Operations marked
`x-kaizala-third-party` (bots, media from a URL, Action property updates)
are not in the pages: real clients used them, and the extension names the
third-party sources (kaizala-docs `THIRD-PARTY.md`). How the service read
request bodies (Json.NET's leniency) is `x-kaizala-binding`.

Two bases: the authentication operations live on the auth root
`https://api.kaiza.la/v1`; every other operation goes to the `endpointUrl`
returned with the access token, plus `/v1`. When a tenant's endpoint moves
the service answers 308 with the new endpoint in `Location`. Throttling:
100 calls a minute per connector and 300 per tenant, answered with 429 and
`Retry-After` (seconds).


Version: 1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::runtime::Runtime,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::runtime::Runtime) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(60u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::runtime::Runtime,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::runtime::Runtime> for Client {
    fn api_version() -> &'static str {
        "1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::runtime::Runtime {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::runtime::Runtime>,
    {}
};
impl Client {
    /**Get an access token

Trades the connector's id, secret and refresh token for an access token
valid for 24 hours and the tenant `endpointUrl` every later call goes
to. Near the end of the refresh token's life (after 90% of its 365
days) the response also carries a new `refreshToken`, which must be
stored before anything else: the old one stops working.


Sends a `GET` request to `/accessToken`

Arguments:
- `application_id`: The connector (application) id.
- `application_secret`: The connector (application) secret.
- `refresh_token`: The refresh token granted to the connector.
```text
let response = client.get_access_token()
    .application_id(application_id)
    .application_secret(application_secret)
    .refresh_token(refresh_token)
    .send()
    .await;
```*/
    pub fn get_access_token(&self) -> builder::GetAccessToken<'_> {
        builder::GetAccessToken::new(self)
    }
    /**Create a bot (undocumented)

Undocumented: creates a bot user for the connector; live 200s were
captured against kms1.kaiza.la in 2019 (THIRD-PARTY.md). `profilePic`
is the base64 text of a JSON image descriptor.


Sends a `POST` request to `/bot`

```text
let response = client.create_bot()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_bot(&self) -> builder::CreateBot<'_> {
        builder::CreateBot::new(self)
    }
    /**An access token for a bot (undocumented)

Undocumented: an access token acting as the bot, with its expiry,
scope (comma-separated) and endpoint; a live 200 was captured
(THIRD-PARTY.md). The token is a secret like the connector's.


Sends a `GET` request to `/bot/accessToken/{botUserId}`

Arguments:
- `bot_user_id`: The bot's user id (a GUID, as createBot answers it).
```text
let response = client.get_bot_access_token()
    .bot_user_id(bot_user_id)
    .send()
    .await;
```*/
    pub fn get_bot_access_token(&self) -> builder::GetBotAccessToken<'_> {
        builder::GetBotAccessToken::new(self)
    }
    /**Rename a bot (undocumented)

Undocumented: changes a bot's name. Only a third-party client's
request is known (THIRD-PARTY.md); the response is not captured.


Sends a `PUT` request to `/bot/{botUserId}`

Arguments:
- `bot_user_id`: The bot's user id (a GUID, as createBot answers it).
- `body`
```text
let response = client.update_bot()
    .bot_user_id(bot_user_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_bot(&self) -> builder::UpdateBot<'_> {
        builder::UpdateBot::new(self)
    }
    /**Send a one-time PIN to a mobile number

First step of the interactive login that yields a refresh token: the
service texts a PIN to `mobileNumber` for the connector
`applicationId`. Answers `{}`.


Sends a `POST` request to `/generatePin`

```text
let response = client.generate_pin()
    .body(body)
    .send()
    .await;
```*/
    pub fn generate_pin(&self) -> builder::GeneratePin<'_> {
        builder::GeneratePin::new(self)
    }
    /**List the groups the token can reach

The groups the access token has access to; `showDetail` adds counts and
flags, `fetchAllGroups` includes parent and sub-groups.


Sends a `GET` request to `/groups`

Arguments:
- `fetch_all_groups`: Return parent and sub-groups too. Default false.
- `show_detail`: Return all group details. Default false.
```text
let response = client.list_groups()
    .fetch_all_groups(fetch_all_groups)
    .show_detail(show_detail)
    .send()
    .await;
```*/
    pub fn list_groups(&self) -> builder::ListGroups<'_> {
        builder::ListGroups::new(self)
    }
    /**Create a group

Creates a conversation group, or a managed public group with
`groupType: ConnectGroup`. At most 100 members per call; the token's
user becomes an admin.


Sends a `POST` request to `/groups`

```text
let response = client.create_group()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_group(&self) -> builder::CreateGroup<'_> {
        builder::CreateGroup::new(self)
    }
    /**Get one group's details

The service wraps the one group in a `groups` array, as the list does.

Sends a `GET` request to `/groups/{groupId}`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

```text
let response = client.get_group()
    .group_id(group_id)
    .send()
    .await;
```*/
    pub fn get_group(&self) -> builder::GetGroup<'_> {
        builder::GetGroup::new(self)
    }
    /**List a group's Actions of one type

The Actions of `actionType` sent to the group, newest first, `count`
at a time (default 30); `hasMore` says whether another call with an
earlier `fromDate` would find more.


Sends a `GET` request to `/groups/{groupId}/actions`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `action_type`: Which Actions to list (Image, Job, Survey, Poll, LetsMeet, ShareLocation, PhotoWithLocation).
- `count`: How many Actions to return. Default 30.
- `from_date`: Epoch milliseconds from which to list.
```text
let response = client.list_actions()
    .group_id(group_id)
    .action_type(action_type)
    .count(count)
    .from_date(from_date)
    .send()
    .await;
```*/
    pub fn list_actions(&self) -> builder::ListActions<'_> {
        builder::ListActions::new(self)
    }
    /**Send an Action to a group

Sends a built-in Action (Survey, Job, Poll, LetsMeet, Announcement, or
a media Action: Image, Album, Audio, Document, Video) chosen by
`actionType`, or an instance of a custom action package chosen by
`id`. In a public group, `subscribers` or `sendToAllSubscribers`
choose who receives it.


Sends a `POST` request to `/groups/{groupId}/actions`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.send_action()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_action(&self) -> builder::SendAction<'_> {
        builder::SendAction::new(self)
    }
    /**Get one Action's details

Details of one Action instance; `getDetails` adds the drill-down
(individual responses). The reference page's table describes a single
object (`actionType`, `actionDetails`, `sender`, `sentAt`) while its
sample shows the list shape (`actions: [...]`); the response schema
accepts both.


Sends a `GET` request to `/groups/{groupId}/actions/{actionId}`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `action_id`: The Action instance's id (opaque).
- `get_details`: Include the drill-down details. Default false.
```text
let response = client.get_action()
    .group_id(group_id)
    .action_id(action_id)
    .get_details(get_details)
    .send()
    .await;
```*/
    pub fn get_action(&self) -> builder::GetAction<'_> {
        builder::GetAction::new(self)
    }
    /**Update a posted Action's properties (undocumented)

Undocumented: no reference page shows it; two third-party clients
updated a posted Action's properties, each its own way, and no
response was captured (THIRD-PARTY.md). Both paths take both body
shapes (`UpdateActionPropertiesRequest`).
This path, with `updateProperties`, is what EugeneGregs/kpaFunctions
sent, and what the generated client sends: its property types are the
names of the pages' list (`ActionPropertyType`) and it addresses the
Action itself, as getAction does. See also updateActionProperties.


Sends a `PUT` request to `/groups/{groupId}/actions/{actionId}`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `action_id`: The Action instance's id (opaque).
- `body`
```text
let response = client.update_action()
    .group_id(group_id)
    .action_id(action_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_action(&self) -> builder::UpdateAction<'_> {
        builder::UpdateAction::new(self)
    }
    /**Update a posted Action's properties, second form (undocumented)

Undocumented: no reference page shows it; two third-party clients
updated a posted Action's properties, each its own way, and no
response was captured (THIRD-PARTY.md). Both paths take both body
shapes (`UpdateActionPropertiesRequest`).
This path, with `actionProperties` (`propertyType`, and `type` as the
property type's integer ordinal), is what asifshaikgit/DigitalCFO
sent. The generated client sends the same body as updateAction
(`updateProperties`, property types by name); the service's binder
took either (spec: `x-kaizala-binding`).


Sends a `PUT` request to `/groups/{groupId}/actions/{actionId}/properties`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `action_id`: The Action instance's id (opaque).
- `body`
```text
let response = client.update_action_properties()
    .group_id(group_id)
    .action_id(action_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_action_properties(&self) -> builder::UpdateActionProperties<'_> {
        builder::UpdateActionProperties::new(self)
    }
    /**Respond to an Action

Posts a new response to a Job (mark it completed), a Survey, or a
custom action package instance; with `responseId`, edits an earlier
response.


Sends a `POST` request to `/groups/{groupId}/actions/{actionId}/responses`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `action_id`: The Action instance's id (opaque).
- `body`
```text
let response = client.respond_to_action()
    .group_id(group_id)
    .action_id(action_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn respond_to_action(&self) -> builder::RespondToAction<'_> {
        builder::RespondToAction::new(self)
    }
    /**Add a bot to a group (undocumented)

Undocumented: makes the bot a member of the group; a live 200 (`{}`)
was captured (THIRD-PARTY.md).


Sends a `POST` request to `/groups/{groupId}/bot`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.add_bot_to_group()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_bot_to_group(&self) -> builder::AddBotToGroup<'_> {
        builder::AddBotToGroup::new(self)
    }
    /**List a group's members

Every member of the group with role and provisioning state.

Sends a `GET` request to `/groups/{groupId}/members`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

```text
let response = client.list_members()
    .group_id(group_id)
    .send()
    .await;
```*/
    pub fn list_members(&self) -> builder::ListMembers<'_> {
        builder::ListMembers::new(self)
    }
    /**Add members to a group

Adds up to 100 mobile numbers as members of the group.

Sends a `PUT` request to `/groups/{groupId}/members`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.add_members()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_members(&self) -> builder::AddMembers<'_> {
        builder::AddMembers::new(self)
    }
    /**Remove a member from a group

Removes one member by id.

Sends a `DELETE` request to `/groups/{groupId}/members/{memberId}`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `member_id`: The member's id, as `listMembers` returns it.
```text
let response = client.remove_member()
    .group_id(group_id)
    .member_id(member_id)
    .send()
    .await;
```*/
    pub fn remove_member(&self) -> builder::RemoveMember<'_> {
        builder::RemoveMember::new(self)
    }
    /**Send a text message

Sends up to 4000 characters to the group; in a public group, to the
selected `subscribers` or, with `sendToAllSubscribers`, to all of them.


Sends a `POST` request to `/groups/{groupId}/messages`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.send_message()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
    /**Like or comment on an Action

Adds a Like, or a Comment with its text, to the Action `referenceId`.

Sends a `POST` request to `/groups/{groupId}/reaction`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.add_reaction()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_reaction(&self) -> builder::AddReaction<'_> {
        builder::AddReaction::new(self)
    }
    /**Reaction counts for every Action in a group

Like and comment counts per Action, from `cursor` on. Pass the returned
`cursor` (.NET ticks) back to get what changed since.


Sends a `GET` request to `/groups/{groupId}/reaction/summary`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `cursor`: .NET ticks from which to read (default 0). Values are around 6.4e17,
beyond 2^53: keep them as 64-bit integers, never as floating point.

- `source_group_id`: The group the Action was sent in (differs from `groupId` for sub-groups).
```text
let response = client.get_group_reaction_summary()
    .group_id(group_id)
    .cursor(cursor)
    .source_group_id(source_group_id)
    .send()
    .await;
```*/
    pub fn get_group_reaction_summary(&self) -> builder::GetGroupReactionSummary<'_> {
        builder::GetGroupReactionSummary::new(self)
    }
    /**The individual reactions on one Action

Who liked or commented on the Action `referenceId`, from `cursor` on.
Pass the returned `cursor` (.NET ticks) back for the next page.


Sends a `GET` request to `/groups/{groupId}/reaction/{referenceId}`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `reference_id`: The `referenceId` of the Action the reactions belong to.
- `cursor`: .NET ticks from which to read (default 0). Values are around 6.4e17,
beyond 2^53: keep them as 64-bit integers, never as floating point.

- `reaction_type`: Likes or comments.
- `source_group_id`: The group the Action was sent in (differs from `groupId` for sub-groups).
```text
let response = client.list_reactions()
    .group_id(group_id)
    .reference_id(reference_id)
    .cursor(cursor)
    .reaction_type(reaction_type)
    .source_group_id(source_group_id)
    .send()
    .await;
```*/
    pub fn list_reactions(&self) -> builder::ListReactions<'_> {
        builder::ListReactions::new(self)
    }
    /**Reaction counts for one Action

Like and comment counts for the Action `referenceId`.

Sends a `GET` request to `/groups/{groupId}/reaction/{referenceId}/summary`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `reference_id`: The `referenceId` of the Action the reactions belong to.
- `source_group_id`: The group the Action was sent in (differs from `groupId` for sub-groups).
```text
let response = client.get_action_reaction_summary()
    .group_id(group_id)
    .reference_id(reference_id)
    .source_group_id(source_group_id)
    .send()
    .await;
```*/
    pub fn get_action_reaction_summary(&self) -> builder::GetActionReactionSummary<'_> {
        builder::GetActionReactionSummary::new(self)
    }
    /**List a group's sub-groups

The group with its sub-groups; `fetchAllGroups` walks the whole hierarchy.

Sends a `GET` request to `/groups/{groupId}/subGroups`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `fetch_all_groups`: Fetch sub-groups across the whole hierarchy.
```text
let response = client.list_sub_groups()
    .group_id(group_id)
    .fetch_all_groups(fetch_all_groups)
    .send()
    .await;
```*/
    pub fn list_sub_groups(&self) -> builder::ListSubGroups<'_> {
        builder::ListSubGroups::new(self)
    }
    /**Add an existing group as a sub-group

Makes existing groups sub-groups of `groupId`. The reference pages
list this operation but show no body; the Swagger file sends
`{"subGroups": ["<groupId>", ...]}`, which we follow. No source shows
the success body: an empty body or `{}` is success, and `result` is
optional.


Sends a `PUT` request to `/groups/{groupId}/subGroups`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.add_sub_group()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_sub_group(&self) -> builder::AddSubGroup<'_> {
        builder::AddSubGroup::new(self)
    }
    /**Create a sub-group

Creates a new group as a sub-group of `groupId`. The live service's
own test collection (swagger-2017.json) POSTs the createGroup body to
`/subgroups` (lower case; the service routes paths
case-insensitively, so this path is the same route); see
`CreateSubGroupRequest` for the body.


Sends a `POST` request to `/groups/{groupId}/subGroups`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.create_sub_group()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_sub_group(&self) -> builder::CreateSubGroup<'_> {
        builder::CreateSubGroup::new(self)
    }
    /**Detach a sub-group

Removes `subGroupId` from the sub-groups of `groupId`; the group itself stays.

Sends a `DELETE` request to `/groups/{groupId}/subGroups/{subGroupId}`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `sub_group_id`: The sub-group to detach (an opaque group id).
```text
let response = client.remove_sub_group()
    .group_id(group_id)
    .sub_group_id(sub_group_id)
    .send()
    .await;
```*/
    pub fn remove_sub_group(&self) -> builder::RemoveSubGroup<'_> {
        builder::RemoveSubGroup::new(self)
    }
    /**Fetch a page of a public group's subscribers

A POST that reads: the paging state travels in the body. Pages hold at
most 50 subscribers; pass the returned `cursor` back for the next page.
No `cursor` in the response means this was the last page.


Sends a `POST` request to `/groups/{groupId}/subscribers`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.list_subscribers()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn list_subscribers(&self) -> builder::ListSubscribers<'_> {
        builder::ListSubscribers::new(self)
    }
    /**Add subscribers to a public group

Subscribes mobile numbers; the result reports each number separately.

Sends a `PUT` request to `/groups/{groupId}/subscribers/add`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.add_subscribers()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_subscribers(&self) -> builder::AddSubscribers<'_> {
        builder::AddSubscribers::new(self)
    }
    /**Remove subscribers from a public group

Unsubscribes mobile numbers; the result reports each number separately.

Sends a `PUT` request to `/groups/{groupId}/subscribers/remove`

Arguments:
- `group_id`: The group's id. Opaque: the reference pages call it a GUID, but real
ids carry suffixes such as `@1`, so no format is assumed.

- `body`
```text
let response = client.remove_subscribers()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn remove_subscribers(&self) -> builder::RemoveSubscribers<'_> {
        builder::RemoveSubscribers::new(self)
    }
    /**Exchange a PIN for a refresh token

Second step of the interactive login: trades the PIN texted by
`generatePin` for a refresh token valid for 365 days.


Sends a `POST` request to `/loginWithPinAndApplicationId`

```text
let response = client.login_with_pin()
    .body(body)
    .send()
    .await;
```*/
    pub fn login_with_pin(&self) -> builder::LoginWithPin<'_> {
        builder::LoginWithPin::new(self)
    }
    /**Upload media from a URL (undocumented)

Undocumented: the service fetches `mediaUrl` and keeps it as media,
answering (like uploadMedia) a `mediaResource` to send in a media
Action. Only a third-party client's request is known (THIRD-PARTY.md);
the response is not captured and is assumed to be uploadMedia's.


Sends a `POST` request to `/media/url`

```text
let response = client.upload_media_from_url()
    .body(body)
    .send()
    .await;
```*/
    pub fn upload_media_from_url(&self) -> builder::UploadMediaFromUrl<'_> {
        builder::UploadMediaFromUrl::new(self)
    }
    /**Exchange an OAuth authorization code for an access token

Second step of the OAuth 2.0 authorization-code flow (Tokens.md):
trades the connector's id and secret and the `code` the authorize
redirect carried for an access token and the tenant `endpointUrl`.
The body is form-urlencoded, as the page requires. There is no
refresh token in this flow: when the access token expires, the user
must authorise again. The code is single-use and short-lived.


Sends a `POST` request to `/oauth/token`

```text
let response = client.exchange_oauth_code()
    .body(body)
    .send()
    .await;
```*/
    pub fn exchange_oauth_code(&self) -> builder::ExchangeOauthCode<'_> {
        builder::ExchangeOauthCode::new(self)
    }
    /**List the webhooks on an object

The webhooks subscribed on a group, Action or action package.

Sends a `GET` request to `/webhook`

Arguments:
- `object_id`: The group id, Action id or action-package id.
- `object_type`: What `objectId` names.
```text
let response = client.list_webhooks()
    .object_id(object_id)
    .object_type(object_type)
    .send()
    .await;
```*/
    pub fn list_webhooks(&self) -> builder::ListWebhooks<'_> {
        builder::ListWebhooks::new(self)
    }
    /**Subscribe a webhook

Subscribes a callback URL to events on an object. Before creating the
subscription the service sends `GET callBackUrl?validationToken=...`
and expects the token echoed back as text/plain within 5 seconds.
Delivery is at least once: receivers must tolerate duplicates.


Sends a `POST` request to `/webhook`

```text
let response = client.create_webhook()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_webhook(&self) -> builder::CreateWebhook<'_> {
        builder::CreateWebhook::new(self)
    }
    /**Update or re-enable a webhook

Changes any field of a webhook. After six failed deliveries over two
days the service disables a webhook; `Active: true` re-enables it.


Sends a `PUT` request to `/webhook/{webhookId}`

Arguments:
- `webhook_id`: The webhook's id.
- `body`
```text
let response = client.update_webhook()
    .webhook_id(webhook_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_webhook(&self) -> builder::UpdateWebhook<'_> {
        builder::UpdateWebhook::new(self)
    }
    /**Unsubscribe a webhook

Deletes the webhook; no more events are delivered to it.

Sends a `DELETE` request to `/webhook/{webhookId}`

Arguments:
- `webhook_id`: The webhook's id.
```text
let response = client.delete_webhook()
    .webhook_id(webhook_id)
    .send()
    .await;
```*/
    pub fn delete_webhook(&self) -> builder::DeleteWebhook<'_> {
        builder::DeleteWebhook::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_access_token`]

[`Client::get_access_token`]: super::Client::get_access_token*/
    #[derive(Debug, Clone)]
    pub struct GetAccessToken<'a> {
        client: &'a super::Client,
        application_id: Result<types::GetAccessTokenApplicationId, String>,
        application_secret: Result<crate::secret::Secret, String>,
        refresh_token: Result<crate::secret::Secret, String>,
    }
    impl<'a> GetAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                application_id: Err("application_id was not initialized".to_string()),
                application_secret: Err(
                    "application_secret was not initialized".to_string(),
                ),
                refresh_token: Err("refresh_token was not initialized".to_string()),
            }
        }
        pub fn application_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetAccessTokenApplicationId>,
        {
            self.application_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetAccessTokenApplicationId` for application_id failed"
                        .to_string()
                });
            self
        }
        pub fn application_secret<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::secret::Secret>,
        {
            self.application_secret = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: secret :: Secret` for application_secret failed"
                        .to_string()
                });
            self
        }
        pub fn refresh_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::secret::Secret>,
        {
            self.refresh_token = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: secret :: Secret` for refresh_token failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::AccessTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, application_id, application_secret, refresh_token } = self;
            let info = OperationInfo {
                operation_id: "get_access_token",
            };
            let (status, response) = {
                let result = {
                    let application_id = application_id.map_err(Error::InvalidRequest)?;
                    let application_secret = application_secret
                        .map_err(Error::InvalidRequest)?;
                    let refresh_token = refresh_token.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/accessToken"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    let mut header_map = ::reqwest::header::HeaderMap::with_capacity(
                        3usize,
                    );
                    header_map
                        .append("applicationId", application_id.to_string().try_into()?);
                    header_map
                        .append(
                            "applicationSecret",
                            application_secret.to_string().try_into()?,
                        );
                    header_map
                        .append("refreshToken", refresh_token.to_string().try_into()?);
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .get(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .headers(header_map)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/accessToken`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessTokenResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::create_bot`]

[`Client::create_bot`]: super::Client::create_bot*/
    #[derive(Debug, Clone)]
    pub struct CreateBot<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateBotRequest, String>,
    }
    impl<'a> CreateBot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateBotRequest>,
            <V as std::convert::TryInto<
                types::CreateBotRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateBotRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateBotRequest,
            ) -> types::builder::CreateBotRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::CreateBotResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let info = OperationInfo {
                operation_id: "create_bot",
            };
            let (status, response) = {
                let result = {
                    let body = body
                        .and_then(|v| {
                            types::CreateBotRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(client, format_args!("/bot"))
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/bot`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateBotResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::get_bot_access_token`]

[`Client::get_bot_access_token`]: super::Client::get_bot_access_token*/
    #[derive(Debug, Clone)]
    pub struct GetBotAccessToken<'a> {
        client: &'a super::Client,
        bot_user_id: Result<types::GetBotAccessTokenBotUserId, String>,
    }
    impl<'a> GetBotAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_user_id: Err("bot_user_id was not initialized".to_string()),
            }
        }
        pub fn bot_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetBotAccessTokenBotUserId>,
        {
            self.bot_user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetBotAccessTokenBotUserId` for bot_user_id failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::AccessTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, bot_user_id } = self;
            let info = OperationInfo {
                operation_id: "get_bot_access_token",
            };
            let (status, response) = {
                let result = {
                    let bot_user_id = bot_user_id.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/bot/accessToken/{}", encode_path(& bot_user_id
                                .to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .get(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/bot/accessToken/{botUserId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessTokenResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::update_bot`]

[`Client::update_bot`]: super::Client::update_bot*/
    #[derive(Debug, Clone)]
    pub struct UpdateBot<'a> {
        client: &'a super::Client,
        bot_user_id: Result<types::UpdateBotBotUserId, String>,
        body: Result<types::builder::UpdateBotRequest, String>,
    }
    impl<'a> UpdateBot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bot_user_id: Err("bot_user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn bot_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateBotBotUserId>,
        {
            self.bot_user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateBotBotUserId` for bot_user_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateBotRequest>,
            <V as std::convert::TryInto<
                types::UpdateBotRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateBotRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateBotRequest,
            ) -> types::builder::UpdateBotRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::ErrorResponse>> {
            let Self { client, bot_user_id, body } = self;
            let info = OperationInfo {
                operation_id: "update_bot",
            };
            let (status, response) = {
                let result = {
                    let bot_user_id = bot_user_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::UpdateBotRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/bot/{}", encode_path(& bot_user_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/bot/{botUserId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::generate_pin`]

[`Client::generate_pin`]: super::Client::generate_pin*/
    #[derive(Debug, Clone)]
    pub struct GeneratePin<'a> {
        client: &'a super::Client,
        body: Result<types::builder::GeneratePinRequest, String>,
    }
    impl<'a> GeneratePin<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GeneratePinRequest>,
            <V as std::convert::TryInto<
                types::GeneratePinRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `GeneratePinRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GeneratePinRequest,
            ) -> types::builder::GeneratePinRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let info = OperationInfo {
                operation_id: "generate_pin",
            };
            let (status, response) = {
                let result = {
                    let body = body
                        .and_then(|v| {
                            types::GeneratePinRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/generatePin"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/generatePin`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::list_groups`]

[`Client::list_groups`]: super::Client::list_groups*/
    #[derive(Debug, Clone)]
    pub struct ListGroups<'a> {
        client: &'a super::Client,
        fetch_all_groups: Result<Option<bool>, String>,
        show_detail: Result<Option<bool>, String>,
    }
    impl<'a> ListGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                fetch_all_groups: Ok(None),
                show_detail: Ok(None),
            }
        }
        pub fn fetch_all_groups<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.fetch_all_groups = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for fetch_all_groups failed".to_string()
                });
            self
        }
        pub fn show_detail<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.show_detail = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for show_detail failed".to_string());
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::GroupList>, Error<types::ErrorResponse>> {
            let Self { client, fetch_all_groups, show_detail } = self;
            let info = OperationInfo {
                operation_id: "list_groups",
            };
            let (status, response) = {
                let result = {
                    let fetch_all_groups = fetch_all_groups
                        .map_err(Error::InvalidRequest)?;
                    let show_detail = show_detail.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/groups"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = crate::runtime::optional_query(
                            crate::runtime::optional_query(
                                client
                                    .client
                                    .get(url)
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        crate::runtime::APPLICATION_JSON,
                                    ),
                                "fetchAllGroups",
                                &fetch_all_groups,
                            ),
                            "showDetail",
                            &show_detail,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GroupList>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::create_group`]

[`Client::create_group`]: super::Client::create_group*/
    #[derive(Debug, Clone)]
    pub struct CreateGroup<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateGroupRequest, String>,
    }
    impl<'a> CreateGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateGroupRequest>,
            <V as std::convert::TryInto<
                types::CreateGroupRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateGroupRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateGroupRequest,
            ) -> types::builder::CreateGroupRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::CreateGroupResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let info = OperationInfo {
                operation_id: "create_group",
            };
            let (status, response) = {
                let result = {
                    let body = body
                        .and_then(|v| {
                            types::CreateGroupRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/groups"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateGroupResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::get_group`]

[`Client::get_group`]: super::Client::get_group*/
    #[derive(Debug, Clone)]
    pub struct GetGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::GetGroupGroupId, String>,
    }
    impl<'a> GetGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetGroupGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetGroupGroupId` for group_id failed".to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::GroupList>, Error<types::ErrorResponse>> {
            let Self { client, group_id } = self;
            let info = OperationInfo {
                operation_id: "get_group",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .get(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GroupList>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::list_actions`]

[`Client::list_actions`]: super::Client::list_actions*/
    #[derive(Debug, Clone)]
    pub struct ListActions<'a> {
        client: &'a super::Client,
        group_id: Result<types::ListActionsGroupId, String>,
        action_type: Result<types::ListActionsActionType, String>,
        count: Result<Option<::std::num::NonZeroU32>, String>,
        from_date: Result<Option<i64>, String>,
    }
    impl<'a> ListActions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                action_type: Err("action_type was not initialized".to_string()),
                count: Ok(None),
                from_date: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListActionsGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListActionsGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn action_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListActionsActionType>,
        {
            self.action_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListActionsActionType` for action_type failed"
                        .to_string()
                });
            self
        }
        pub fn count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for count failed"
                        .to_string()
                });
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for from_date failed".to_string());
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::ActionList>, Error<types::ErrorResponse>> {
            let Self { client, group_id, action_type, count, from_date } = self;
            let info = OperationInfo {
                operation_id: "list_actions",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let action_type = action_type.map_err(Error::InvalidRequest)?;
                    let count = count.map_err(Error::InvalidRequest)?;
                    let from_date = from_date.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/actions", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = crate::runtime::optional_query(
                            crate::runtime::optional_query(
                                client
                                    .client
                                    .get(url)
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        crate::runtime::APPLICATION_JSON,
                                    )
                                    .query(
                                        &progenitor_client::QueryParam::new(
                                            "actionType",
                                            &action_type,
                                        ),
                                    ),
                                "count",
                                &count,
                            ),
                            "fromDate",
                            &from_date,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}/actions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionList>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::send_action`]

[`Client::send_action`]: super::Client::send_action*/
    #[derive(Debug, Clone)]
    pub struct SendAction<'a> {
        client: &'a super::Client,
        group_id: Result<types::SendActionGroupId, String>,
        body: Result<types::SendActionRequest, String>,
    }
    impl<'a> SendAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendActionGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SendActionGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendActionRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SendActionRequest` for body failed".to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::SendActionResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "send_action",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/actions", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups/{groupId}/actions`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SendActionResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::get_action`]

[`Client::get_action`]: super::Client::get_action*/
    #[derive(Debug, Clone)]
    pub struct GetAction<'a> {
        client: &'a super::Client,
        group_id: Result<types::GetActionGroupId, String>,
        action_id: Result<types::GetActionActionId, String>,
        get_details: Result<Option<bool>, String>,
    }
    impl<'a> GetAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                action_id: Err("action_id was not initialized".to_string()),
                get_details: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetActionGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetActionGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn action_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetActionActionId>,
        {
            self.action_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetActionActionId` for action_id failed".to_string()
                });
            self
        }
        pub fn get_details<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.get_details = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for get_details failed".to_string());
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ActionDetailsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, action_id, get_details } = self;
            let info = OperationInfo {
                operation_id: "get_action",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let action_id = action_id.map_err(Error::InvalidRequest)?;
                    let get_details = get_details.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/actions/{}", encode_path(& group_id
                                .to_string()), encode_path(& action_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = crate::runtime::optional_query(
                            client
                                .client
                                .get(url)
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    crate::runtime::APPLICATION_JSON,
                                ),
                            "getDetails",
                            &get_details,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}/actions/{actionId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionDetailsResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::update_action`]

[`Client::update_action`]: super::Client::update_action*/
    #[derive(Debug, Clone)]
    pub struct UpdateAction<'a> {
        client: &'a super::Client,
        group_id: Result<types::UpdateActionGroupId, String>,
        action_id: Result<types::UpdateActionActionId, String>,
        body: Result<types::builder::UpdateActionPropertiesRequest, String>,
    }
    impl<'a> UpdateAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                action_id: Err("action_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateActionGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateActionGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn action_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateActionActionId>,
        {
            self.action_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateActionActionId` for action_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateActionPropertiesRequest>,
            <V as std::convert::TryInto<
                types::UpdateActionPropertiesRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateActionPropertiesRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateActionPropertiesRequest,
            ) -> types::builder::UpdateActionPropertiesRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::ErrorResponse>> {
            let Self { client, group_id, action_id, body } = self;
            let info = OperationInfo {
                operation_id: "update_action",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let action_id = action_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::UpdateActionPropertiesRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/actions/{}", encode_path(& group_id
                                .to_string()), encode_path(& action_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/groups/{groupId}/actions/{actionId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::update_action_properties`]

[`Client::update_action_properties`]: super::Client::update_action_properties*/
    #[derive(Debug, Clone)]
    pub struct UpdateActionProperties<'a> {
        client: &'a super::Client,
        group_id: Result<types::UpdateActionPropertiesGroupId, String>,
        action_id: Result<types::UpdateActionPropertiesActionId, String>,
        body: Result<types::builder::UpdateActionPropertiesRequest, String>,
    }
    impl<'a> UpdateActionProperties<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                action_id: Err("action_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateActionPropertiesGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateActionPropertiesGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn action_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateActionPropertiesActionId>,
        {
            self.action_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateActionPropertiesActionId` for action_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateActionPropertiesRequest>,
            <V as std::convert::TryInto<
                types::UpdateActionPropertiesRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateActionPropertiesRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateActionPropertiesRequest,
            ) -> types::builder::UpdateActionPropertiesRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::ErrorResponse>> {
            let Self { client, group_id, action_id, body } = self;
            let info = OperationInfo {
                operation_id: "update_action_properties",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let action_id = action_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::UpdateActionPropertiesRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/actions/{}/properties", encode_path(& group_id
                                .to_string()), encode_path(& action_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/groups/{groupId}/actions/{actionId}/properties`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::respond_to_action`]

[`Client::respond_to_action`]: super::Client::respond_to_action*/
    #[derive(Debug, Clone)]
    pub struct RespondToAction<'a> {
        client: &'a super::Client,
        group_id: Result<types::RespondToActionGroupId, String>,
        action_id: Result<types::RespondToActionActionId, String>,
        body: Result<types::RespondToActionRequest, String>,
    }
    impl<'a> RespondToAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                action_id: Err("action_id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RespondToActionGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RespondToActionGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn action_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RespondToActionActionId>,
        {
            self.action_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RespondToActionActionId` for action_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RespondToActionRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RespondToActionRequest` for body failed".to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ActionResponseResult>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, action_id, body } = self;
            let info = OperationInfo {
                operation_id: "respond_to_action",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let action_id = action_id.map_err(Error::InvalidRequest)?;
                    let body = body.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/actions/{}/responses", encode_path(& group_id
                                .to_string()), encode_path(& action_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups/{groupId}/actions/{actionId}/responses`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActionResponseResult>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::add_bot_to_group`]

[`Client::add_bot_to_group`]: super::Client::add_bot_to_group*/
    #[derive(Debug, Clone)]
    pub struct AddBotToGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::AddBotToGroupGroupId, String>,
        body: Result<types::builder::AddBotToGroupRequest, String>,
    }
    impl<'a> AddBotToGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddBotToGroupGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AddBotToGroupGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddBotToGroupRequest>,
            <V as std::convert::TryInto<
                types::AddBotToGroupRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddBotToGroupRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddBotToGroupRequest,
            ) -> types::builder::AddBotToGroupRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::ErrorResponse>> {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "add_bot_to_group",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::AddBotToGroupRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/bot", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups/{groupId}/bot`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::list_members`]

[`Client::list_members`]: super::Client::list_members*/
    #[derive(Debug, Clone)]
    pub struct ListMembers<'a> {
        client: &'a super::Client,
        group_id: Result<types::ListMembersGroupId, String>,
    }
    impl<'a> ListMembers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListMembersGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListMembersGroupId` for group_id failed".to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::MemberList>, Error<types::ErrorResponse>> {
            let Self { client, group_id } = self;
            let info = OperationInfo {
                operation_id: "list_members",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/members", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .get(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}/members`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MemberList>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::add_members`]

[`Client::add_members`]: super::Client::add_members*/
    #[derive(Debug, Clone)]
    pub struct AddMembers<'a> {
        client: &'a super::Client,
        group_id: Result<types::AddMembersGroupId, String>,
        body: Result<types::builder::AddMembersRequest, String>,
    }
    impl<'a> AddMembers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddMembersGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AddMembersGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddMembersRequest>,
            <V as std::convert::TryInto<
                types::AddMembersRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddMembersRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddMembersRequest,
            ) -> types::builder::AddMembersRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::ResultResponse>, Error<types::ErrorResponse>> {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "add_members",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::AddMembersRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/members", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/groups/{groupId}/members`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ResultResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::remove_member`]

[`Client::remove_member`]: super::Client::remove_member*/
    #[derive(Debug, Clone)]
    pub struct RemoveMember<'a> {
        client: &'a super::Client,
        group_id: Result<types::RemoveMemberGroupId, String>,
        member_id: Result<types::RemoveMemberMemberId, String>,
    }
    impl<'a> RemoveMember<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                member_id: Err("member_id was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RemoveMemberGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RemoveMemberGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn member_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RemoveMemberMemberId>,
        {
            self.member_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RemoveMemberMemberId` for member_id failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::ResultResponse>, Error<types::ErrorResponse>> {
            let Self { client, group_id, member_id } = self;
            let info = OperationInfo {
                operation_id: "remove_member",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let member_id = member_id.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/members/{}", encode_path(& group_id
                                .to_string()), encode_path(& member_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .delete(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `DELETE` request to `/groups/{groupId}/members/{memberId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ResultResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::send_message`]

[`Client::send_message`]: super::Client::send_message*/
    #[derive(Debug, Clone)]
    pub struct SendMessage<'a> {
        client: &'a super::Client,
        group_id: Result<types::SendMessageGroupId, String>,
        body: Result<types::builder::SendMessageRequest, String>,
    }
    impl<'a> SendMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendMessageGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SendMessageGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendMessageRequest>,
            <V as std::convert::TryInto<
                types::SendMessageRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SendMessageRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendMessageRequest,
            ) -> types::builder::SendMessageRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ReferenceResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "send_message",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::SendMessageRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/messages", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups/{groupId}/messages`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReferenceResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::add_reaction`]

[`Client::add_reaction`]: super::Client::add_reaction*/
    #[derive(Debug, Clone)]
    pub struct AddReaction<'a> {
        client: &'a super::Client,
        group_id: Result<types::AddReactionGroupId, String>,
        body: Result<types::builder::AddReactionRequest, String>,
    }
    impl<'a> AddReaction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddReactionGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AddReactionGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddReactionRequest>,
            <V as std::convert::TryInto<
                types::AddReactionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddReactionRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddReactionRequest,
            ) -> types::builder::AddReactionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::AddReactionResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "add_reaction",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::AddReactionRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/reaction", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups/{groupId}/reaction`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AddReactionResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::get_group_reaction_summary`]

[`Client::get_group_reaction_summary`]: super::Client::get_group_reaction_summary*/
    #[derive(Debug, Clone)]
    pub struct GetGroupReactionSummary<'a> {
        client: &'a super::Client,
        group_id: Result<types::GetGroupReactionSummaryGroupId, String>,
        cursor: Result<Option<types::Ticks>, String>,
        source_group_id: Result<types::GetGroupReactionSummarySourceGroupId, String>,
    }
    impl<'a> GetGroupReactionSummary<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                cursor: Ok(None),
                source_group_id: Err("source_group_id was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetGroupReactionSummaryGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetGroupReactionSummaryGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Ticks>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Ticks` for cursor failed".to_string());
            self
        }
        pub fn source_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetGroupReactionSummarySourceGroupId>,
        {
            self.source_group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetGroupReactionSummarySourceGroupId` for source_group_id failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ReactionSummaryPage>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, cursor, source_group_id } = self;
            let info = OperationInfo {
                operation_id: "get_group_reaction_summary",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let cursor = cursor.map_err(Error::InvalidRequest)?;
                    let source_group_id = source_group_id
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/reaction/summary", encode_path(& group_id
                                .to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = crate::runtime::optional_query(
                            client
                                .client
                                .get(url)
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    crate::runtime::APPLICATION_JSON,
                                ),
                            "cursor",
                            &cursor,
                        )
                        .query(
                            &progenitor_client::QueryParam::new(
                                "sourceGroupId",
                                &source_group_id,
                            ),
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}/reaction/summary`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReactionSummaryPage>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::list_reactions`]

[`Client::list_reactions`]: super::Client::list_reactions*/
    #[derive(Debug, Clone)]
    pub struct ListReactions<'a> {
        client: &'a super::Client,
        group_id: Result<types::ListReactionsGroupId, String>,
        reference_id: Result<types::ListReactionsReferenceId, String>,
        cursor: Result<Option<types::Ticks>, String>,
        reaction_type: Result<types::ReactionType, String>,
        source_group_id: Result<types::ListReactionsSourceGroupId, String>,
    }
    impl<'a> ListReactions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                reference_id: Err("reference_id was not initialized".to_string()),
                cursor: Ok(None),
                reaction_type: Err("reaction_type was not initialized".to_string()),
                source_group_id: Err("source_group_id was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListReactionsGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListReactionsGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListReactionsReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListReactionsReferenceId` for reference_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Ticks>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Ticks` for cursor failed".to_string());
            self
        }
        pub fn reaction_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReactionType>,
        {
            self.reaction_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReactionType` for reaction_type failed".to_string()
                });
            self
        }
        pub fn source_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListReactionsSourceGroupId>,
        {
            self.source_group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListReactionsSourceGroupId` for source_group_id failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ReactionDetailsPage>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                group_id,
                reference_id,
                cursor,
                reaction_type,
                source_group_id,
            } = self;
            let info = OperationInfo {
                operation_id: "list_reactions",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let reference_id = reference_id.map_err(Error::InvalidRequest)?;
                    let cursor = cursor.map_err(Error::InvalidRequest)?;
                    let reaction_type = reaction_type.map_err(Error::InvalidRequest)?;
                    let source_group_id = source_group_id
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/reaction/{}", encode_path(& group_id
                                .to_string()), encode_path(& reference_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = crate::runtime::optional_query(
                            client
                                .client
                                .get(url)
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    crate::runtime::APPLICATION_JSON,
                                ),
                            "cursor",
                            &cursor,
                        )
                        .query(
                            &progenitor_client::QueryParam::new(
                                "reactionType",
                                &reaction_type,
                            ),
                        )
                        .query(
                            &progenitor_client::QueryParam::new(
                                "sourceGroupId",
                                &source_group_id,
                            ),
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}/reaction/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReactionDetailsPage>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::get_action_reaction_summary`]

[`Client::get_action_reaction_summary`]: super::Client::get_action_reaction_summary*/
    #[derive(Debug, Clone)]
    pub struct GetActionReactionSummary<'a> {
        client: &'a super::Client,
        group_id: Result<types::GetActionReactionSummaryGroupId, String>,
        reference_id: Result<types::GetActionReactionSummaryReferenceId, String>,
        source_group_id: Result<types::GetActionReactionSummarySourceGroupId, String>,
    }
    impl<'a> GetActionReactionSummary<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                reference_id: Err("reference_id was not initialized".to_string()),
                source_group_id: Err("source_group_id was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetActionReactionSummaryGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetActionReactionSummaryGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetActionReactionSummaryReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetActionReactionSummaryReferenceId` for reference_id failed"
                        .to_string()
                });
            self
        }
        pub fn source_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetActionReactionSummarySourceGroupId>,
        {
            self.source_group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetActionReactionSummarySourceGroupId` for source_group_id failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ReactionSummaryPage>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, reference_id, source_group_id } = self;
            let info = OperationInfo {
                operation_id: "get_action_reaction_summary",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let reference_id = reference_id.map_err(Error::InvalidRequest)?;
                    let source_group_id = source_group_id
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/reaction/{}/summary", encode_path(& group_id
                                .to_string()), encode_path(& reference_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .get(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .query(
                            &progenitor_client::QueryParam::new(
                                "sourceGroupId",
                                &source_group_id,
                            ),
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}/reaction/{referenceId}/summary`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReactionSummaryPage>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::list_sub_groups`]

[`Client::list_sub_groups`]: super::Client::list_sub_groups*/
    #[derive(Debug, Clone)]
    pub struct ListSubGroups<'a> {
        client: &'a super::Client,
        group_id: Result<types::ListSubGroupsGroupId, String>,
        fetch_all_groups: Result<Option<bool>, String>,
    }
    impl<'a> ListSubGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                fetch_all_groups: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListSubGroupsGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListSubGroupsGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn fetch_all_groups<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.fetch_all_groups = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for fetch_all_groups failed".to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::SubGroupListResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, fetch_all_groups } = self;
            let info = OperationInfo {
                operation_id: "list_sub_groups",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let fetch_all_groups = fetch_all_groups
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/subGroups", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = crate::runtime::optional_query(
                            client
                                .client
                                .get(url)
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    crate::runtime::APPLICATION_JSON,
                                ),
                            "fetchAllGroups",
                            &fetch_all_groups,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/groups/{groupId}/subGroups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SubGroupListResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::add_sub_group`]

[`Client::add_sub_group`]: super::Client::add_sub_group*/
    #[derive(Debug, Clone)]
    pub struct AddSubGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::AddSubGroupGroupId, String>,
        body: Result<types::builder::AddSubGroupRequest, String>,
    }
    impl<'a> AddSubGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddSubGroupGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AddSubGroupGroupId` for group_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddSubGroupRequest>,
            <V as std::convert::TryInto<
                types::AddSubGroupRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddSubGroupRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddSubGroupRequest,
            ) -> types::builder::AddSubGroupRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::OptionalResultResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "add_sub_group",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::AddSubGroupRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/subGroups", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/groups/{groupId}/subGroups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OptionalResultResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::create_sub_group`]

[`Client::create_sub_group`]: super::Client::create_sub_group*/
    #[derive(Debug, Clone)]
    pub struct CreateSubGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::CreateSubGroupGroupId, String>,
        body: Result<types::builder::CreateSubGroupRequest, String>,
    }
    impl<'a> CreateSubGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSubGroupGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CreateSubGroupGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSubGroupRequest>,
            <V as std::convert::TryInto<
                types::CreateSubGroupRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSubGroupRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSubGroupRequest,
            ) -> types::builder::CreateSubGroupRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::CreateSubGroupResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "create_sub_group",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::CreateSubGroupRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/subGroups", encode_path(& group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups/{groupId}/subGroups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateSubGroupResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::remove_sub_group`]

[`Client::remove_sub_group`]: super::Client::remove_sub_group*/
    #[derive(Debug, Clone)]
    pub struct RemoveSubGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::RemoveSubGroupGroupId, String>,
        sub_group_id: Result<types::RemoveSubGroupSubGroupId, String>,
    }
    impl<'a> RemoveSubGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                sub_group_id: Err("sub_group_id was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RemoveSubGroupGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RemoveSubGroupGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn sub_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RemoveSubGroupSubGroupId>,
        {
            self.sub_group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RemoveSubGroupSubGroupId` for sub_group_id failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::OptionalResultResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, sub_group_id } = self;
            let info = OperationInfo {
                operation_id: "remove_sub_group",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let sub_group_id = sub_group_id.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/subGroups/{}", encode_path(& group_id
                                .to_string()), encode_path(& sub_group_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .delete(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `DELETE` request to `/groups/{groupId}/subGroups/{subGroupId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OptionalResultResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::list_subscribers`]

[`Client::list_subscribers`]: super::Client::list_subscribers*/
    #[derive(Debug, Clone)]
    pub struct ListSubscribers<'a> {
        client: &'a super::Client,
        group_id: Result<types::ListSubscribersGroupId, String>,
        body: Result<types::builder::SubscriberPageRequest, String>,
    }
    impl<'a> ListSubscribers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListSubscribersGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListSubscribersGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubscriberPageRequest>,
            <V as std::convert::TryInto<
                types::SubscriberPageRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SubscriberPageRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SubscriberPageRequest,
            ) -> types::builder::SubscriberPageRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::SubscriberPage>, Error<types::ErrorResponse>> {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "list_subscribers",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::SubscriberPageRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/subscribers", encode_path(& group_id
                                .to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/groups/{groupId}/subscribers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SubscriberPage>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::add_subscribers`]

[`Client::add_subscribers`]: super::Client::add_subscribers*/
    #[derive(Debug, Clone)]
    pub struct AddSubscribers<'a> {
        client: &'a super::Client,
        group_id: Result<types::AddSubscribersGroupId, String>,
        body: Result<types::builder::SubscribersRequest, String>,
    }
    impl<'a> AddSubscribers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddSubscribersGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AddSubscribersGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubscribersRequest>,
            <V as std::convert::TryInto<
                types::SubscribersRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SubscribersRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SubscribersRequest,
            ) -> types::builder::SubscribersRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::SubscribersResult>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "add_subscribers",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::SubscribersRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/subscribers/add", encode_path(& group_id
                                .to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/groups/{groupId}/subscribers/add`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SubscribersResult>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::remove_subscribers`]

[`Client::remove_subscribers`]: super::Client::remove_subscribers*/
    #[derive(Debug, Clone)]
    pub struct RemoveSubscribers<'a> {
        client: &'a super::Client,
        group_id: Result<types::RemoveSubscribersGroupId, String>,
        body: Result<types::builder::SubscribersRequest, String>,
    }
    impl<'a> RemoveSubscribers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RemoveSubscribersGroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RemoveSubscribersGroupId` for group_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubscribersRequest>,
            <V as std::convert::TryInto<
                types::SubscribersRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SubscribersRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SubscribersRequest,
            ) -> types::builder::SubscribersRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::SubscribersResult>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, group_id, body } = self;
            let info = OperationInfo {
                operation_id: "remove_subscribers",
            };
            let (status, response) = {
                let result = {
                    let group_id = group_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::SubscribersRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/groups/{}/subscribers/remove", encode_path(& group_id
                                .to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/groups/{groupId}/subscribers/remove`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SubscribersResult>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::login_with_pin`]

[`Client::login_with_pin`]: super::Client::login_with_pin*/
    #[derive(Debug, Clone)]
    pub struct LoginWithPin<'a> {
        client: &'a super::Client,
        body: Result<types::builder::LoginWithPinRequest, String>,
    }
    impl<'a> LoginWithPin<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LoginWithPinRequest>,
            <V as std::convert::TryInto<
                types::LoginWithPinRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `LoginWithPinRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::LoginWithPinRequest,
            ) -> types::builder::LoginWithPinRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::LoginWithPinResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let info = OperationInfo {
                operation_id: "login_with_pin",
            };
            let (status, response) = {
                let result = {
                    let body = body
                        .and_then(|v| {
                            types::LoginWithPinRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/loginWithPinAndApplicationId"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/loginWithPinAndApplicationId`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::LoginWithPinResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::upload_media_from_url`]

[`Client::upload_media_from_url`]: super::Client::upload_media_from_url*/
    #[derive(Debug, Clone)]
    pub struct UploadMediaFromUrl<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MediaUrlRequest, String>,
    }
    impl<'a> UploadMediaFromUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MediaUrlRequest>,
            <V as std::convert::TryInto<
                types::MediaUrlRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MediaUrlRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MediaUrlRequest,
            ) -> types::builder::MediaUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::MediaUploadResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let info = OperationInfo {
                operation_id: "upload_media_from_url",
            };
            let (status, response) = {
                let result = {
                    let body = body
                        .and_then(|v| {
                            types::MediaUrlRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/media/url"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/media/url`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MediaUploadResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::exchange_oauth_code`]

[`Client::exchange_oauth_code`]: super::Client::exchange_oauth_code*/
    #[derive(Debug, Clone)]
    pub struct ExchangeOauthCode<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OAuthTokenRequest, String>,
    }
    impl<'a> ExchangeOauthCode<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OAuthTokenRequest>,
            <V as std::convert::TryInto<
                types::OAuthTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `OAuthTokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OAuthTokenRequest,
            ) -> types::builder::OAuthTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::AccessTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let info = OperationInfo {
                operation_id: "exchange_oauth_code",
            };
            let (status, response) = {
                let result = {
                    let body = body
                        .and_then(|v| {
                            types::OAuthTokenRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/oauth/token"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .form_urlencoded(&body)?
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/oauth/token`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessTokenResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::list_webhooks`]

[`Client::list_webhooks`]: super::Client::list_webhooks*/
    #[derive(Debug, Clone)]
    pub struct ListWebhooks<'a> {
        client: &'a super::Client,
        object_id: Result<types::ListWebhooksObjectId, String>,
        object_type: Result<types::WebhookObjectType, String>,
    }
    impl<'a> ListWebhooks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                object_id: Err("object_id was not initialized".to_string()),
                object_type: Err("object_type was not initialized".to_string()),
            }
        }
        pub fn object_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListWebhooksObjectId>,
        {
            self.object_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListWebhooksObjectId` for object_id failed"
                        .to_string()
                });
            self
        }
        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookObjectType>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `WebhookObjectType` for object_type failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::WebhookList>, Error<types::ErrorResponse>> {
            let Self { client, object_id, object_type } = self;
            let info = OperationInfo {
                operation_id: "list_webhooks",
            };
            let (status, response) = {
                let result = {
                    let object_id = object_id.map_err(Error::InvalidRequest)?;
                    let object_type = object_type.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/webhook"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .get(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .query(
                            &progenitor_client::QueryParam::new("objectId", &object_id),
                        )
                        .query(
                            &progenitor_client::QueryParam::new(
                                "objectType",
                                &object_type,
                            ),
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/webhook`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookList>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::create_webhook`]

[`Client::create_webhook`]: super::Client::create_webhook*/
    #[derive(Debug, Clone)]
    pub struct CreateWebhook<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateWebhookRequest, String>,
    }
    impl<'a> CreateWebhook<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebhookRequest>,
            <V as std::convert::TryInto<
                types::CreateWebhookRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateWebhookRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebhookRequest,
            ) -> types::builder::CreateWebhookRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::CreateWebhookResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let info = OperationInfo {
                operation_id: "create_webhook",
            };
            let (status, response) = {
                let result = {
                    let body = body
                        .and_then(|v| {
                            types::CreateWebhookRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!("/webhook"),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/webhook`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateWebhookResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::update_webhook`]

[`Client::update_webhook`]: super::Client::update_webhook*/
    #[derive(Debug, Clone)]
    pub struct UpdateWebhook<'a> {
        client: &'a super::Client,
        webhook_id: Result<types::UpdateWebhookWebhookId, String>,
        body: Result<types::builder::UpdateWebhookRequest, String>,
    }
    impl<'a> UpdateWebhook<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_id: Err("webhook_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn webhook_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateWebhookWebhookId>,
        {
            self.webhook_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateWebhookWebhookId` for webhook_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateWebhookRequest>,
            <V as std::convert::TryInto<
                types::UpdateWebhookRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateWebhookRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateWebhookRequest,
            ) -> types::builder::UpdateWebhookRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::ErrorResponse>> {
            let Self { client, webhook_id, body } = self;
            let info = OperationInfo {
                operation_id: "update_webhook",
            };
            let (status, response) = {
                let result = {
                    let webhook_id = webhook_id.map_err(Error::InvalidRequest)?;
                    let body = body
                        .and_then(|v| {
                            types::UpdateWebhookRequest::try_from(v)
                                .map_err(|e| e.to_string())
                        })
                        .map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/webhook/{}", encode_path(& webhook_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .put(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .json(&body)
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `PUT` request to `/webhook/{webhookId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
    /**Builder for [`Client::delete_webhook`]

[`Client::delete_webhook`]: super::Client::delete_webhook*/
    #[derive(Debug, Clone)]
    pub struct DeleteWebhook<'a> {
        client: &'a super::Client,
        webhook_id: Result<types::DeleteWebhookWebhookId, String>,
    }
    impl<'a> DeleteWebhook<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_id: Err("webhook_id was not initialized".to_string()),
            }
        }
        pub fn webhook_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteWebhookWebhookId>,
        {
            self.webhook_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteWebhookWebhookId` for webhook_id failed"
                        .to_string()
                });
            self
        }
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<types::ErrorResponse>> {
            let Self { client, webhook_id } = self;
            let info = OperationInfo {
                operation_id: "delete_webhook",
            };
            let (status, response) = {
                let result = {
                    let webhook_id = webhook_id.map_err(Error::InvalidRequest)?;
                    let url = crate::runtime::operation_url(
                            client,
                            format_args!(
                                "/webhook/{}", encode_path(& webhook_id.to_string())
                            ),
                        )
                        .map_err(Error::InvalidRequest)?;
                    #[allow(unused_mut)]
                    let mut request = client
                        .client
                        .delete(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            crate::runtime::APPLICATION_JSON,
                        )
                        .build()?;
                    client.pre(&mut request, &info).await?;
                    client.exec(request, &info)
                }
                    .await;
                client.post(&result, &info).await?;
                let response = result?;
                (response.status().as_u16(), response)
            };
            match status {
                200u16 => {
                    crate::redact::decoded(crate::runtime::body::decode(response).await)
                }
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::redact::error_body(
                                crate::redact::decoded(
                                    crate::runtime::body::decode(response).await,
                                )?,
                            ),
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `DELETE` request to `/webhook/{webhookId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, crate::Error> {
            crate::error::from_generated(self.send_generated().await).await
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
