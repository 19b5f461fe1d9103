// Generated from spec/kaizala.yaml by `cargo xtask gen`. Do not edit.

use kaizala_api::*;
use anyhow::Context as _;
pub struct Cli<T: CliConfig> {
    client: Client,
    config: T,
}
impl<T: CliConfig> Cli<T> {
    pub fn new(client: Client, config: T) -> Self {
        Self { client, config }
    }
    pub fn get_command(cmd: CliCommand) -> ::clap::Command {
        match cmd {
            CliCommand::GetAccessToken => Self::cli_get_access_token(),
            CliCommand::CreateBot => Self::cli_create_bot(),
            CliCommand::GetBotAccessToken => Self::cli_get_bot_access_token(),
            CliCommand::UpdateBot => Self::cli_update_bot(),
            CliCommand::GeneratePin => Self::cli_generate_pin(),
            CliCommand::ListGroups => Self::cli_list_groups(),
            CliCommand::CreateGroup => Self::cli_create_group(),
            CliCommand::GetGroup => Self::cli_get_group(),
            CliCommand::ListActions => Self::cli_list_actions(),
            CliCommand::SendAction => Self::cli_send_action(),
            CliCommand::GetAction => Self::cli_get_action(),
            CliCommand::UpdateAction => Self::cli_update_action(),
            CliCommand::UpdateActionProperties => Self::cli_update_action_properties(),
            CliCommand::RespondToAction => Self::cli_respond_to_action(),
            CliCommand::AddBotToGroup => Self::cli_add_bot_to_group(),
            CliCommand::ListMembers => Self::cli_list_members(),
            CliCommand::AddMembers => Self::cli_add_members(),
            CliCommand::RemoveMember => Self::cli_remove_member(),
            CliCommand::SendMessage => Self::cli_send_message(),
            CliCommand::AddReaction => Self::cli_add_reaction(),
            CliCommand::GetGroupReactionSummary => Self::cli_get_group_reaction_summary(),
            CliCommand::ListReactions => Self::cli_list_reactions(),
            CliCommand::GetActionReactionSummary => {
                Self::cli_get_action_reaction_summary()
            }
            CliCommand::ListSubGroups => Self::cli_list_sub_groups(),
            CliCommand::AddSubGroup => Self::cli_add_sub_group(),
            CliCommand::CreateSubGroup => Self::cli_create_sub_group(),
            CliCommand::RemoveSubGroup => Self::cli_remove_sub_group(),
            CliCommand::ListSubscribers => Self::cli_list_subscribers(),
            CliCommand::AddSubscribers => Self::cli_add_subscribers(),
            CliCommand::RemoveSubscribers => Self::cli_remove_subscribers(),
            CliCommand::LoginWithPin => Self::cli_login_with_pin(),
            CliCommand::UploadMediaFromUrl => Self::cli_upload_media_from_url(),
            CliCommand::ExchangeOauthCode => Self::cli_exchange_oauth_code(),
            CliCommand::ListWebhooks => Self::cli_list_webhooks(),
            CliCommand::CreateWebhook => Self::cli_create_webhook(),
            CliCommand::UpdateWebhook => Self::cli_update_webhook(),
            CliCommand::DeleteWebhook => Self::cli_delete_webhook(),
        }
    }
    pub fn cli_get_access_token() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("application-id")
                    .long("application-id")
                    .value_parser(
                        ::clap::value_parser!(types::GetAccessTokenApplicationId),
                    )
                    .required(true)
                    .help("The connector (application) id."),
            )
            .arg(
                ::clap::Arg::new("application-secret")
                    .long("application-secret")
                    .value_parser(::clap::value_parser!(kaizala_api::Secret))
                    .required(true)
                    .help("The connector (application) secret."),
            )
            .arg(
                ::clap::Arg::new("refresh-token")
                    .long("refresh-token")
                    .value_parser(::clap::value_parser!(kaizala_api::Secret))
                    .required(true)
                    .help("The refresh token granted to the connector."),
            )
            .about(
                "Get an access token\n\nTrades the connector's id, secret and refresh token for an access token\nvalid for 24 hours and the tenant `endpointUrl` every later call goes\nto. Near the end of the refresh token's life (after 90% of its 365\ndays) the response also carries a new `refreshToken`, which must be\nstored before anything else: the old one stops working.\n",
            )
    }
    pub fn cli_create_bot() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(types::CreateBotRequestName))
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("profile-pic")
                    .long("profile-pic")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("The base64 text of a JSON image descriptor."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Create a bot (undocumented)\n\nUndocumented: creates a bot user for the connector; live 200s were\ncaptured against kms1.kaiza.la in 2019 (THIRD-PARTY.md). `profilePic`\nis the base64 text of a JSON image descriptor.\n",
            )
    }
    pub fn cli_get_bot_access_token() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("bot-user-id")
                    .long("bot-user-id")
                    .value_parser(
                        ::clap::value_parser!(types::GetBotAccessTokenBotUserId),
                    )
                    .required(true)
                    .help("The bot's user id (a GUID, as createBot answers it)."),
            )
            .about(
                "An access token for a bot (undocumented)\n\nUndocumented: an access token acting as the bot, with its expiry,\nscope (comma-separated) and endpoint; a live 200 was captured\n(THIRD-PARTY.md). The token is a secret like the connector's.\n",
            )
    }
    pub fn cli_update_bot() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("bot-user-id")
                    .long("bot-user-id")
                    .value_parser(::clap::value_parser!(types::UpdateBotBotUserId))
                    .required(true)
                    .help("The bot's user id (a GUID, as createBot answers it)."),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(types::UpdateBotRequestName))
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Rename a bot (undocumented)\n\nUndocumented: changes a bot's name. Only a third-party client's\nrequest is known (THIRD-PARTY.md); the response is not captured.\n",
            )
    }
    pub fn cli_generate_pin() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("application-id")
                    .long("application-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The connector (application) id."),
            )
            .arg(
                ::clap::Arg::new("mobile-number")
                    .long("mobile-number")
                    .value_parser(::clap::value_parser!(types::PhoneNumber))
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Send a one-time PIN to a mobile number\n\nFirst step of the interactive login that yields a refresh token: the\nservice texts a PIN to `mobileNumber` for the connector\n`applicationId`. Answers `{}`.\n",
            )
    }
    pub fn cli_list_groups() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("fetch-all-groups")
                    .long("fetch-all-groups")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Return parent and sub-groups too. Default false."),
            )
            .arg(
                ::clap::Arg::new("show-detail")
                    .long("show-detail")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Return all group details. Default false."),
            )
            .about(
                "List the groups the token can reach\n\nThe groups the access token has access to; `showDetail` adds counts and\nflags, `fetchAllGroups` includes parent and sub-groups.\n",
            )
    }
    pub fn cli_create_group() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-type")
                    .long("group-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::GroupType::Group.to_string(),
                                types::GroupType::ConnectGroup.to_string(),
                            ]),
                            |s| types::GroupType::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The group's name."),
            )
            .arg(
                ::clap::Arg::new("welcome-message")
                    .long("welcome-message")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("Shown to new members."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Create a group\n\nCreates a conversation group, or a managed public group with\n`groupType: ConnectGroup`. At most 100 members per call; the token's\nuser becomes an admin.\n",
            )
    }
    pub fn cli_get_group() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::GetGroupGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .about(
                "Get one group's details\n\nThe service wraps the one group in a `groups` array, as the list does.",
            )
    }
    pub fn cli_list_actions() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("action-type")
                    .long("action-type")
                    .value_parser(::clap::value_parser!(types::ListActionsActionType))
                    .required(true)
                    .help(
                        "Which Actions to list (Image, Job, Survey, Poll, LetsMeet, ShareLocation, PhotoWithLocation).",
                    ),
            )
            .arg(
                ::clap::Arg::new("count")
                    .long("count")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU32))
                    .required(false)
                    .help("How many Actions to return. Default 30."),
            )
            .arg(
                ::clap::Arg::new("from-date")
                    .long("from-date")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help("Epoch milliseconds from which to list."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::ListActionsGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .about(
                "List a group's Actions of one type\n\nThe Actions of `actionType` sent to the group, newest first, `count`\nat a time (default 30); `hasMore` says whether another call with an\nearlier `fromDate` would find more.\n",
            )
    }
    pub fn cli_send_action() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::SendActionGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Send an Action to a group\n\nSends a built-in Action (Survey, Job, Poll, LetsMeet, Announcement, or\na media Action: Image, Album, Audio, Document, Video) chosen by\n`actionType`, or an instance of a custom action package chosen by\n`id`. In a public group, `subscribers` or `sendToAllSubscribers`\nchoose who receives it.\n",
            )
    }
    pub fn cli_get_action() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("action-id")
                    .long("action-id")
                    .value_parser(::clap::value_parser!(types::GetActionActionId))
                    .required(true)
                    .help("The Action instance's id (opaque)."),
            )
            .arg(
                ::clap::Arg::new("get-details")
                    .long("get-details")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Include the drill-down details. Default false."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::GetActionGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .about(
                "Get one Action's details\n\nDetails of one Action instance; `getDetails` adds the drill-down\n(individual responses). The reference page's table describes a single\nobject (`actionType`, `actionDetails`, `sender`, `sentAt`) while its\nsample shows the list shape (`actions: [...]`); the response schema\naccepts both.\n",
            )
    }
    pub fn cli_update_action() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("action-id")
                    .long("action-id")
                    .value_parser(::clap::value_parser!(types::UpdateActionActionId))
                    .required(true)
                    .help("The Action instance's id (opaque)."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::UpdateActionGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("notification-target-group")
                    .long("notification-target-group")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("The group whose members are notified (DigitalCFO's form)."),
            )
            .arg(
                ::clap::Arg::new("send-notification-to-subscribers")
                    .long("send-notification-to-subscribers")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("send-to-all-subscribers")
                    .long("send-to-all-subscribers")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("version")
                    .long("version")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "The Action version the update applies to; -1 for the current one.",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Update a posted Action's properties (undocumented)\n\nUndocumented: no reference page shows it; two third-party clients\nupdated a posted Action's properties, each its own way, and no\nresponse was captured (THIRD-PARTY.md). Both paths take both body\nshapes (`UpdateActionPropertiesRequest`).\nThis path, with `updateProperties`, is what EugeneGregs/kpaFunctions\nsent, and what the generated client sends: its property types are the\nnames of the pages' list (`ActionPropertyType`) and it addresses the\nAction itself, as getAction does. See also updateActionProperties.\n",
            )
    }
    pub fn cli_update_action_properties() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("action-id")
                    .long("action-id")
                    .value_parser(
                        ::clap::value_parser!(types::UpdateActionPropertiesActionId),
                    )
                    .required(true)
                    .help("The Action instance's id (opaque)."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(
                        ::clap::value_parser!(types::UpdateActionPropertiesGroupId),
                    )
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("notification-target-group")
                    .long("notification-target-group")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("The group whose members are notified (DigitalCFO's form)."),
            )
            .arg(
                ::clap::Arg::new("send-notification-to-subscribers")
                    .long("send-notification-to-subscribers")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("send-to-all-subscribers")
                    .long("send-to-all-subscribers")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("version")
                    .long("version")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "The Action version the update applies to; -1 for the current one.",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Update a posted Action's properties, second form (undocumented)\n\nUndocumented: no reference page shows it; two third-party clients\nupdated a posted Action's properties, each its own way, and no\nresponse was captured (THIRD-PARTY.md). Both paths take both body\nshapes (`UpdateActionPropertiesRequest`).\nThis path, with `actionProperties` (`propertyType`, and `type` as the\nproperty type's integer ordinal), is what asifshaikgit/DigitalCFO\nsent. The generated client sends the same body as updateAction\n(`updateProperties`, property types by name); the service's binder\ntook either (spec: `x-kaizala-binding`).\n",
            )
    }
    pub fn cli_respond_to_action() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("action-id")
                    .long("action-id")
                    .value_parser(::clap::value_parser!(types::RespondToActionActionId))
                    .required(true)
                    .help("The Action instance's id (opaque)."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::RespondToActionGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Respond to an Action\n\nPosts a new response to a Job (mark it completed), a Survey, or a\ncustom action package instance; with `responseId`, edits an earlier\nresponse.\n",
            )
    }
    pub fn cli_add_bot_to_group() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("bot-user-id")
                    .long("bot-user-id")
                    .value_parser(
                        ::clap::value_parser!(types::AddBotToGroupRequestBotUserId),
                    )
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::AddBotToGroupGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Add a bot to a group (undocumented)\n\nUndocumented: makes the bot a member of the group; a live 200 (`{}`)\nwas captured (THIRD-PARTY.md).\n",
            )
    }
    pub fn cli_list_members() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::ListMembersGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .about(
                "List a group's members\n\nEvery member of the group with role and provisioning state.",
            )
    }
    pub fn cli_add_members() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::AddMembersGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Add members to a group\n\nAdds up to 100 mobile numbers as members of the group.",
            )
    }
    pub fn cli_remove_member() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::RemoveMemberGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("member-id")
                    .long("member-id")
                    .value_parser(::clap::value_parser!(types::RemoveMemberMemberId))
                    .required(true)
                    .help("The member's id, as `listMembers` returns it."),
            )
            .about("Remove a member from a group\n\nRemoves one member by id.")
    }
    pub fn cli_send_message() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::SendMessageGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("message")
                    .long("message")
                    .value_parser(
                        ::clap::value_parser!(types::SendMessageRequestMessage),
                    )
                    .required_unless_present("json-body")
                    .help("The text, at most 4000 characters."),
            )
            .arg(
                ::clap::Arg::new("send-to-all-subscribers")
                    .long("send-to-all-subscribers")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Send a text message\n\nSends up to 4000 characters to the group; in a public group, to the\nselected `subscribers` or, with `sendToAllSubscribers`, to all of them.\n",
            )
    }
    pub fn cli_add_reaction() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("comment")
                    .long("comment")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::AddReactionGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("reaction-type")
                    .long("reaction-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::ReactionType::Like.to_string(),
                                types::ReactionType::Comment.to_string(),
                            ]),
                            |s| types::ReactionType::try_from(s).unwrap(),
                        ),
                    )
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("reference-id")
                    .long("reference-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("source-group-id")
                    .long("source-group-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The group the Action was sent in."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Like or comment on an Action\n\nAdds a Like, or a Comment with its text, to the Action `referenceId`.",
            )
    }
    pub fn cli_get_group_reaction_summary() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("cursor")
                    .long("cursor")
                    .value_parser(::clap::value_parser!(types::Ticks))
                    .required(false)
                    .help(
                        ".NET ticks from which to read (default 0). Values are around 6.4e17,\nbeyond 2^53: keep them as 64-bit integers, never as floating point.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(
                        ::clap::value_parser!(types::GetGroupReactionSummaryGroupId),
                    )
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("source-group-id")
                    .long("source-group-id")
                    .value_parser(
                        ::clap::value_parser!(
                            types::GetGroupReactionSummarySourceGroupId
                        ),
                    )
                    .required(true)
                    .help(
                        "The group the Action was sent in (differs from `groupId` for sub-groups).",
                    ),
            )
            .about(
                "Reaction counts for every Action in a group\n\nLike and comment counts per Action, from `cursor` on. Pass the returned\n`cursor` (.NET ticks) back to get what changed since.\n",
            )
    }
    pub fn cli_list_reactions() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("cursor")
                    .long("cursor")
                    .value_parser(::clap::value_parser!(types::Ticks))
                    .required(false)
                    .help(
                        ".NET ticks from which to read (default 0). Values are around 6.4e17,\nbeyond 2^53: keep them as 64-bit integers, never as floating point.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::ListReactionsGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("reaction-type")
                    .long("reaction-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::ReactionType::Like.to_string(),
                                types::ReactionType::Comment.to_string(),
                            ]),
                            |s| types::ReactionType::try_from(s).unwrap(),
                        ),
                    )
                    .required(true)
                    .help("Likes or comments."),
            )
            .arg(
                ::clap::Arg::new("reference-id")
                    .long("reference-id")
                    .value_parser(::clap::value_parser!(types::ListReactionsReferenceId))
                    .required(true)
                    .help("The `referenceId` of the Action the reactions belong to."),
            )
            .arg(
                ::clap::Arg::new("source-group-id")
                    .long("source-group-id")
                    .value_parser(
                        ::clap::value_parser!(types::ListReactionsSourceGroupId),
                    )
                    .required(true)
                    .help(
                        "The group the Action was sent in (differs from `groupId` for sub-groups).",
                    ),
            )
            .about(
                "The individual reactions on one Action\n\nWho liked or commented on the Action `referenceId`, from `cursor` on.\nPass the returned `cursor` (.NET ticks) back for the next page.\n",
            )
    }
    pub fn cli_get_action_reaction_summary() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(
                        ::clap::value_parser!(types::GetActionReactionSummaryGroupId),
                    )
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("reference-id")
                    .long("reference-id")
                    .value_parser(
                        ::clap::value_parser!(types::GetActionReactionSummaryReferenceId),
                    )
                    .required(true)
                    .help("The `referenceId` of the Action the reactions belong to."),
            )
            .arg(
                ::clap::Arg::new("source-group-id")
                    .long("source-group-id")
                    .value_parser(
                        ::clap::value_parser!(
                            types::GetActionReactionSummarySourceGroupId
                        ),
                    )
                    .required(true)
                    .help(
                        "The group the Action was sent in (differs from `groupId` for sub-groups).",
                    ),
            )
            .about(
                "Reaction counts for one Action\n\nLike and comment counts for the Action `referenceId`.",
            )
    }
    pub fn cli_list_sub_groups() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("fetch-all-groups")
                    .long("fetch-all-groups")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Fetch sub-groups across the whole hierarchy."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::ListSubGroupsGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .about(
                "List a group's sub-groups\n\nThe group with its sub-groups; `fetchAllGroups` walks the whole hierarchy.",
            )
    }
    pub fn cli_add_sub_group() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::AddSubGroupGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Add an existing group as a sub-group\n\nMakes existing groups sub-groups of `groupId`. The reference pages\nlist this operation but show no body; the Swagger file sends\n`{\"subGroups\": [\"<groupId>\", ...]}`, which we follow. No source shows\nthe success body: an empty body or `{}` is success, and `result` is\noptional.\n",
            )
    }
    pub fn cli_create_sub_group() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("add-user-to-group")
                    .long("add-user-to-group")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("False to leave the calling user out of the new group."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::CreateSubGroupGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("group-image-url")
                    .long("group-image-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("A media URL uploaded through /media."),
            )
            .arg(
                ::clap::Arg::new("group-name")
                    .long("group-name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The sub-group's name (the reference pages' key); the same value as `name`.",
                    ),
            )
            .arg(
                ::clap::Arg::new("group-type")
                    .long("group-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::GroupType::Group.to_string(),
                                types::GroupType::ConnectGroup.to_string(),
                            ]),
                            |s| types::GroupType::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The sub-group's name (the Swagger/createGroup key); the same value as `groupName`.",
                    ),
            )
            .arg(
                ::clap::Arg::new("welcome-message")
                    .long("welcome-message")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Create a sub-group\n\nCreates a new group as a sub-group of `groupId`. The live service's\nown test collection (swagger-2017.json) POSTs the createGroup body to\n`/subgroups` (lower case; the service routes paths\ncase-insensitively, so this path is the same route); see\n`CreateSubGroupRequest` for the body.\n",
            )
    }
    pub fn cli_remove_sub_group() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::RemoveSubGroupGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("sub-group-id")
                    .long("sub-group-id")
                    .value_parser(::clap::value_parser!(types::RemoveSubGroupSubGroupId))
                    .required(true)
                    .help("The sub-group to detach (an opaque group id)."),
            )
            .about(
                "Detach a sub-group\n\nRemoves `subGroupId` from the sub-groups of `groupId`; the group itself stays.",
            )
    }
    pub fn cli_list_subscribers() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("count")
                    .long("count")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU32))
                    .required(false)
                    .help("Subscribers per page, 1 to 50. Default 50."),
            )
            .arg(
                ::clap::Arg::new("cursor")
                    .long("cursor")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("The `cursor` of the previous page; absent for the first."),
            )
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::ListSubscribersGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Fetch a page of a public group's subscribers\n\nA POST that reads: the paging state travels in the body. Pages hold at\nmost 50 subscribers; pass the returned `cursor` back for the next page.\nNo `cursor` in the response means this was the last page.\n",
            )
    }
    pub fn cli_add_subscribers() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::AddSubscribersGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Add subscribers to a public group\n\nSubscribes mobile numbers; the result reports each number separately.",
            )
    }
    pub fn cli_remove_subscribers() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("group-id")
                    .long("group-id")
                    .value_parser(::clap::value_parser!(types::RemoveSubscribersGroupId))
                    .required(true)
                    .help(
                        "The group's id. Opaque: the reference pages call it a GUID, but real\nids carry suffixes such as `@1`, so no format is assumed.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Remove subscribers from a public group\n\nUnsubscribes mobile numbers; the result reports each number separately.",
            )
    }
    pub fn cli_login_with_pin() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("application-id")
                    .long("application-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The connector (application) id."),
            )
            .arg(
                ::clap::Arg::new("mobile-number")
                    .long("mobile-number")
                    .value_parser(::clap::value_parser!(types::PhoneNumber))
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("pin")
                    .long("pin")
                    .value_parser(::clap::value_parser!(kaizala_api::Pin))
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Exchange a PIN for a refresh token\n\nSecond step of the interactive login: trades the PIN texted by\n`generatePin` for a refresh token valid for 365 days.\n",
            )
    }
    pub fn cli_upload_media_from_url() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("media-url")
                    .long("media-url")
                    .value_parser(::clap::value_parser!(types::MediaUrlRequestMediaUrl))
                    .required_unless_present("json-body")
                    .help(
                        "Where the service fetches the media (the client sent an https URL).",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Upload media from a URL (undocumented)\n\nUndocumented: the service fetches `mediaUrl` and keeps it as media,\nanswering (like uploadMedia) a `mediaResource` to send in a media\nAction. Only a third-party client's request is known (THIRD-PARTY.md);\nthe response is not captured and is assumed to be uploadMedia's.\n",
            )
    }
    pub fn cli_exchange_oauth_code() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("client-id")
                    .long("client-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The connector (application) id."),
            )
            .arg(
                ::clap::Arg::new("client-secret")
                    .long("client-secret")
                    .value_parser(::clap::value_parser!(kaizala_api::Secret))
                    .required_unless_present("json-body")
                    .help("The connector (application) secret."),
            )
            .arg(
                ::clap::Arg::new("code")
                    .long("code")
                    .value_parser(::clap::value_parser!(kaizala_api::Secret))
                    .required_unless_present("json-body")
                    .help(
                        "The single-use code the authorize redirect carried; a secret.",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Exchange an OAuth authorization code for an access token\n\nSecond step of the OAuth 2.0 authorization-code flow (Tokens.md):\ntrades the connector's id and secret and the `code` the authorize\nredirect carried for an access token and the tenant `endpointUrl`.\nThe body is form-urlencoded, as the page requires. There is no\nrefresh token in this flow: when the access token expires, the user\nmust authorise again. The code is single-use and short-lived.\n",
            )
    }
    pub fn cli_list_webhooks() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("object-id")
                    .long("object-id")
                    .value_parser(::clap::value_parser!(types::ListWebhooksObjectId))
                    .required(true)
                    .help("The group id, Action id or action-package id."),
            )
            .arg(
                ::clap::Arg::new("object-type")
                    .long("object-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::WebhookObjectType::Group.to_string(),
                                types::WebhookObjectType::Action.to_string(),
                                types::WebhookObjectType::ActionPackage.to_string(),
                            ]),
                            |s| types::WebhookObjectType::try_from(s).unwrap(),
                        ),
                    )
                    .required(true)
                    .help("What `objectId` names."),
            )
            .about(
                "List the webhooks on an object\n\nThe webhooks subscribed on a group, Action or action package.",
            )
    }
    pub fn cli_create_webhook() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("call-back-context")
                    .long("call-back-context")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Sent back as `context` in every delivery."),
            )
            .arg(
                ::clap::Arg::new("call-back-token")
                    .long("call-back-token")
                    .value_parser(::clap::value_parser!(kaizala_api::Secret))
                    .required(false)
                    .help(
                        "Sent back in the `kz-callback-token` header of every delivery; a secret.",
                    ),
            )
            .arg(
                ::clap::Arg::new("call-back-url")
                    .long("call-back-url")
                    .value_parser(
                        ::clap::value_parser!(types::CreateWebhookRequestCallBackUrl),
                    )
                    .required_unless_present("json-body")
                    .help("The callback (HTTPS for the real service)."),
            )
            .arg(
                ::clap::Arg::new("object-id")
                    .long("object-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The group id, Action id or action-package id."),
            )
            .arg(
                ::clap::Arg::new("object-type")
                    .long("object-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::WebhookObjectType::Group.to_string(),
                                types::WebhookObjectType::Action.to_string(),
                                types::WebhookObjectType::ActionPackage.to_string(),
                            ]),
                            |s| types::WebhookObjectType::try_from(s).unwrap(),
                        ),
                    )
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("validity")
                    .long("validity")
                    .value_parser(::clap::value_parser!(types::EpochMillis))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Subscribe a webhook\n\nSubscribes a callback URL to events on an object. Before creating the\nsubscription the service sends `GET callBackUrl?validationToken=...`\nand expects the token echoed back as text/plain within 5 seconds.\nDelivery is at least once: receivers must tolerate duplicates.\n",
            )
    }
    pub fn cli_update_webhook() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("active")
                    .long("active")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::StringBoolean::True.to_string(),
                                types::StringBoolean::False.to_string(),
                            ]),
                            |s| types::StringBoolean::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("call-back-context")
                    .long("call-back-context")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("call-back-token")
                    .long("call-back-token")
                    .value_parser(::clap::value_parser!(kaizala_api::Secret))
                    .required(false)
                    .help("The new callback token; a secret."),
            )
            .arg(
                ::clap::Arg::new("call-back-url")
                    .long("call-back-url")
                    .value_parser(
                        ::clap::value_parser!(types::UpdateWebhookRequestCallBackUrl),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("object-id")
                    .long("object-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("object-type")
                    .long("object-type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::WebhookObjectType::Group.to_string(),
                                types::WebhookObjectType::Action.to_string(),
                                types::WebhookObjectType::ActionPackage.to_string(),
                            ]),
                            |s| types::WebhookObjectType::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("validity")
                    .long("validity")
                    .value_parser(::clap::value_parser!(types::EpochMillis))
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("webhook-id")
                    .long("webhook-id")
                    .value_parser(::clap::value_parser!(types::UpdateWebhookWebhookId))
                    .required(true)
                    .help("The webhook's id."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Update or re-enable a webhook\n\nChanges any field of a webhook. After six failed deliveries over two\ndays the service disables a webhook; `Active: true` re-enables it.\n",
            )
    }
    pub fn cli_delete_webhook() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("webhook-id")
                    .long("webhook-id")
                    .value_parser(::clap::value_parser!(types::DeleteWebhookWebhookId))
                    .required(true)
                    .help("The webhook's id."),
            )
            .about(
                "Unsubscribe a webhook\n\nDeletes the webhook; no more events are delivered to it.",
            )
    }
    pub async fn execute(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            CliCommand::GetAccessToken => self.execute_get_access_token(matches).await,
            CliCommand::CreateBot => self.execute_create_bot(matches).await,
            CliCommand::GetBotAccessToken => {
                self.execute_get_bot_access_token(matches).await
            }
            CliCommand::UpdateBot => self.execute_update_bot(matches).await,
            CliCommand::GeneratePin => self.execute_generate_pin(matches).await,
            CliCommand::ListGroups => self.execute_list_groups(matches).await,
            CliCommand::CreateGroup => self.execute_create_group(matches).await,
            CliCommand::GetGroup => self.execute_get_group(matches).await,
            CliCommand::ListActions => self.execute_list_actions(matches).await,
            CliCommand::SendAction => self.execute_send_action(matches).await,
            CliCommand::GetAction => self.execute_get_action(matches).await,
            CliCommand::UpdateAction => self.execute_update_action(matches).await,
            CliCommand::UpdateActionProperties => {
                self.execute_update_action_properties(matches).await
            }
            CliCommand::RespondToAction => self.execute_respond_to_action(matches).await,
            CliCommand::AddBotToGroup => self.execute_add_bot_to_group(matches).await,
            CliCommand::ListMembers => self.execute_list_members(matches).await,
            CliCommand::AddMembers => self.execute_add_members(matches).await,
            CliCommand::RemoveMember => self.execute_remove_member(matches).await,
            CliCommand::SendMessage => self.execute_send_message(matches).await,
            CliCommand::AddReaction => self.execute_add_reaction(matches).await,
            CliCommand::GetGroupReactionSummary => {
                self.execute_get_group_reaction_summary(matches).await
            }
            CliCommand::ListReactions => self.execute_list_reactions(matches).await,
            CliCommand::GetActionReactionSummary => {
                self.execute_get_action_reaction_summary(matches).await
            }
            CliCommand::ListSubGroups => self.execute_list_sub_groups(matches).await,
            CliCommand::AddSubGroup => self.execute_add_sub_group(matches).await,
            CliCommand::CreateSubGroup => self.execute_create_sub_group(matches).await,
            CliCommand::RemoveSubGroup => self.execute_remove_sub_group(matches).await,
            CliCommand::ListSubscribers => self.execute_list_subscribers(matches).await,
            CliCommand::AddSubscribers => self.execute_add_subscribers(matches).await,
            CliCommand::RemoveSubscribers => {
                self.execute_remove_subscribers(matches).await
            }
            CliCommand::LoginWithPin => self.execute_login_with_pin(matches).await,
            CliCommand::UploadMediaFromUrl => {
                self.execute_upload_media_from_url(matches).await
            }
            CliCommand::ExchangeOauthCode => {
                self.execute_exchange_oauth_code(matches).await
            }
            CliCommand::ListWebhooks => self.execute_list_webhooks(matches).await,
            CliCommand::CreateWebhook => self.execute_create_webhook(matches).await,
            CliCommand::UpdateWebhook => self.execute_update_webhook(matches).await,
            CliCommand::DeleteWebhook => self.execute_delete_webhook(matches).await,
        }
    }
    pub async fn execute_get_access_token(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_access_token();
        if let Some(value) = matches
            .get_one::<types::GetAccessTokenApplicationId>("application-id")
        {
            request = request.application_id(value.clone());
        }
        if let Some(value) = matches.get_one::<kaizala_api::Secret>("application-secret")
        {
            request = request.application_secret(value.clone());
        }
        if let Some(value) = matches.get_one::<kaizala_api::Secret>("refresh-token") {
            request = request.refresh_token(value.clone());
        }
        self.config.execute_get_access_token(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_bot(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_bot();
        if let Some(value) = matches.get_one::<types::CreateBotRequestName>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("profile-pic") {
            request = request.body_map(|body| { body.profile_pic(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::CreateBotRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_bot(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_bot_access_token(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_bot_access_token();
        if let Some(value) = matches
            .get_one::<types::GetBotAccessTokenBotUserId>("bot-user-id")
        {
            request = request.bot_user_id(value.clone());
        }
        self.config.execute_get_bot_access_token(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_bot(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_bot();
        if let Some(value) = matches.get_one::<types::UpdateBotBotUserId>("bot-user-id")
        {
            request = request.bot_user_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::UpdateBotRequestName>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::UpdateBotRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_bot(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_generate_pin(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.generate_pin();
        if let Some(value) = matches.get_one::<::std::string::String>("application-id") {
            request = request.body_map(|body| { body.application_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::PhoneNumber>("mobile-number") {
            request = request.body_map(|body| { body.mobile_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::GeneratePinRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_generate_pin(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_groups(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_groups();
        if let Some(value) = matches.get_one::<bool>("fetch-all-groups") {
            request = request.fetch_all_groups(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("show-detail") {
            request = request.show_detail(value.clone());
        }
        self.config.execute_list_groups(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_group(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_group();
        if let Some(value) = matches.get_one::<types::GroupType>("group-type") {
            request = request.body_map(|body| { body.group_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("welcome-message")
        {
            request = request.body_map(|body| { body.welcome_message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::CreateGroupRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_group(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_group(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_group();
        if let Some(value) = matches.get_one::<types::GetGroupGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        self.config.execute_get_group(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_actions(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_actions();
        if let Some(value) = matches
            .get_one::<types::ListActionsActionType>("action-type")
        {
            request = request.action_type(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::num::NonZeroU32>("count") {
            request = request.count(value.clone());
        }
        if let Some(value) = matches.get_one::<i64>("from-date") {
            request = request.from_date(value.clone());
        }
        if let Some(value) = matches.get_one::<types::ListActionsGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        self.config.execute_list_actions(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_send_action(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.send_action();
        if let Some(value) = matches.get_one::<types::SendActionGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::SendActionRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_send_action(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_action(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_action();
        if let Some(value) = matches.get_one::<types::GetActionActionId>("action-id") {
            request = request.action_id(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("get-details") {
            request = request.get_details(value.clone());
        }
        if let Some(value) = matches.get_one::<types::GetActionGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        self.config.execute_get_action(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_action(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_action();
        if let Some(value) = matches.get_one::<types::UpdateActionActionId>("action-id")
        {
            request = request.action_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::UpdateActionGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("notification-target-group")
        {
            request = request
                .body_map(|body| { body.notification_target_group(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("send-notification-to-subscribers")
        {
            request = request
                .body_map(|body| {
                    body.send_notification_to_subscribers(value.clone())
                });
        }
        if let Some(value) = matches.get_one::<bool>("send-to-all-subscribers") {
            request = request
                .body_map(|body| { body.send_to_all_subscribers(value.clone()) });
        }
        if let Some(value) = matches.get_one::<i64>("version") {
            request = request.body_map(|body| { body.version(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::UpdateActionPropertiesRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_action(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_action_properties(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_action_properties();
        if let Some(value) = matches
            .get_one::<types::UpdateActionPropertiesActionId>("action-id")
        {
            request = request.action_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::UpdateActionPropertiesGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("notification-target-group")
        {
            request = request
                .body_map(|body| { body.notification_target_group(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("send-notification-to-subscribers")
        {
            request = request
                .body_map(|body| {
                    body.send_notification_to_subscribers(value.clone())
                });
        }
        if let Some(value) = matches.get_one::<bool>("send-to-all-subscribers") {
            request = request
                .body_map(|body| { body.send_to_all_subscribers(value.clone()) });
        }
        if let Some(value) = matches.get_one::<i64>("version") {
            request = request.body_map(|body| { body.version(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::UpdateActionPropertiesRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_action_properties(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_respond_to_action(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.respond_to_action();
        if let Some(value) = matches
            .get_one::<types::RespondToActionActionId>("action-id")
        {
            request = request.action_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::RespondToActionGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::RespondToActionRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_respond_to_action(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_add_bot_to_group(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.add_bot_to_group();
        if let Some(value) = matches
            .get_one::<types::AddBotToGroupRequestBotUserId>("bot-user-id")
        {
            request = request.body_map(|body| { body.bot_user_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::AddBotToGroupGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::AddBotToGroupRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_add_bot_to_group(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_members(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_members();
        if let Some(value) = matches.get_one::<types::ListMembersGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        self.config.execute_list_members(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_add_members(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.add_members();
        if let Some(value) = matches.get_one::<types::AddMembersGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::AddMembersRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_add_members(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_remove_member(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.remove_member();
        if let Some(value) = matches.get_one::<types::RemoveMemberGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::RemoveMemberMemberId>("member-id")
        {
            request = request.member_id(value.clone());
        }
        self.config.execute_remove_member(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.send_message();
        if let Some(value) = matches.get_one::<types::SendMessageGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::SendMessageRequestMessage>("message")
        {
            request = request.body_map(|body| { body.message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("send-to-all-subscribers") {
            request = request
                .body_map(|body| { body.send_to_all_subscribers(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::SendMessageRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_send_message(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_add_reaction(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.add_reaction();
        if let Some(value) = matches.get_one::<::std::string::String>("comment") {
            request = request.body_map(|body| { body.comment(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::AddReactionGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::ReactionType>("reaction-type") {
            request = request.body_map(|body| { body.reaction_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("reference-id") {
            request = request.body_map(|body| { body.reference_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("source-group-id")
        {
            request = request.body_map(|body| { body.source_group_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::AddReactionRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_add_reaction(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_group_reaction_summary(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_group_reaction_summary();
        if let Some(value) = matches.get_one::<types::Ticks>("cursor") {
            request = request.cursor(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::GetGroupReactionSummaryGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::GetGroupReactionSummarySourceGroupId>("source-group-id")
        {
            request = request.source_group_id(value.clone());
        }
        self.config.execute_get_group_reaction_summary(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_reactions(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_reactions();
        if let Some(value) = matches.get_one::<types::Ticks>("cursor") {
            request = request.cursor(value.clone());
        }
        if let Some(value) = matches.get_one::<types::ListReactionsGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::ReactionType>("reaction-type") {
            request = request.reaction_type(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::ListReactionsReferenceId>("reference-id")
        {
            request = request.reference_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::ListReactionsSourceGroupId>("source-group-id")
        {
            request = request.source_group_id(value.clone());
        }
        self.config.execute_list_reactions(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_action_reaction_summary(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_action_reaction_summary();
        if let Some(value) = matches
            .get_one::<types::GetActionReactionSummaryGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::GetActionReactionSummaryReferenceId>("reference-id")
        {
            request = request.reference_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::GetActionReactionSummarySourceGroupId>("source-group-id")
        {
            request = request.source_group_id(value.clone());
        }
        self.config.execute_get_action_reaction_summary(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_sub_groups(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_sub_groups();
        if let Some(value) = matches.get_one::<bool>("fetch-all-groups") {
            request = request.fetch_all_groups(value.clone());
        }
        if let Some(value) = matches.get_one::<types::ListSubGroupsGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        self.config.execute_list_sub_groups(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_add_sub_group(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.add_sub_group();
        if let Some(value) = matches.get_one::<types::AddSubGroupGroupId>("group-id") {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::AddSubGroupRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_add_sub_group(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_sub_group(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_sub_group();
        if let Some(value) = matches.get_one::<bool>("add-user-to-group") {
            request = request.body_map(|body| { body.add_user_to_group(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::CreateSubGroupGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("group-image-url")
        {
            request = request.body_map(|body| { body.group_image_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("group-name") {
            request = request.body_map(|body| { body.group_name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::GroupType>("group-type") {
            request = request.body_map(|body| { body.group_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("welcome-message")
        {
            request = request.body_map(|body| { body.welcome_message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::CreateSubGroupRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_sub_group(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_remove_sub_group(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.remove_sub_group();
        if let Some(value) = matches.get_one::<types::RemoveSubGroupGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::RemoveSubGroupSubGroupId>("sub-group-id")
        {
            request = request.sub_group_id(value.clone());
        }
        self.config.execute_remove_sub_group(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_subscribers(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_subscribers();
        if let Some(value) = matches.get_one::<::std::num::NonZeroU32>("count") {
            request = request.body_map(|body| { body.count(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("cursor") {
            request = request.body_map(|body| { body.cursor(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::ListSubscribersGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::SubscriberPageRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_list_subscribers(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_add_subscribers(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.add_subscribers();
        if let Some(value) = matches.get_one::<types::AddSubscribersGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::SubscribersRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_add_subscribers(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_remove_subscribers(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.remove_subscribers();
        if let Some(value) = matches
            .get_one::<types::RemoveSubscribersGroupId>("group-id")
        {
            request = request.group_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::SubscribersRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_remove_subscribers(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_login_with_pin(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.login_with_pin();
        if let Some(value) = matches.get_one::<::std::string::String>("application-id") {
            request = request.body_map(|body| { body.application_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::PhoneNumber>("mobile-number") {
            request = request.body_map(|body| { body.mobile_number(value.clone()) });
        }
        if let Some(value) = matches.get_one::<kaizala_api::Pin>("pin") {
            request = request.body_map(|body| { body.pin(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::LoginWithPinRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_login_with_pin(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_upload_media_from_url(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.upload_media_from_url();
        if let Some(value) = matches
            .get_one::<types::MediaUrlRequestMediaUrl>("media-url")
        {
            request = request.body_map(|body| { body.media_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::MediaUrlRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_upload_media_from_url(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_exchange_oauth_code(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.exchange_oauth_code();
        if let Some(value) = matches.get_one::<::std::string::String>("client-id") {
            request = request.body_map(|body| { body.client_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<kaizala_api::Secret>("client-secret") {
            request = request.body_map(|body| { body.client_secret(value.clone()) });
        }
        if let Some(value) = matches.get_one::<kaizala_api::Secret>("code") {
            request = request.body_map(|body| { body.code(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::OAuthTokenRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_exchange_oauth_code(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_webhooks(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_webhooks();
        if let Some(value) = matches.get_one::<types::ListWebhooksObjectId>("object-id")
        {
            request = request.object_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::WebhookObjectType>("object-type") {
            request = request.object_type(value.clone());
        }
        self.config.execute_list_webhooks(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_webhook(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_webhook();
        if let Some(value) = matches
            .get_one::<::std::string::String>("call-back-context")
        {
            request = request.body_map(|body| { body.call_back_context(value.clone()) });
        }
        if let Some(value) = matches.get_one::<kaizala_api::Secret>("call-back-token") {
            request = request.body_map(|body| { body.call_back_token(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::CreateWebhookRequestCallBackUrl>("call-back-url")
        {
            request = request.body_map(|body| { body.call_back_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("object-id") {
            request = request.body_map(|body| { body.object_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::WebhookObjectType>("object-type") {
            request = request.body_map(|body| { body.object_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::EpochMillis>("validity") {
            request = request.body_map(|body| { body.validity(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::CreateWebhookRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_webhook(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_webhook(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_webhook();
        if let Some(value) = matches.get_one::<types::StringBoolean>("active") {
            request = request.body_map(|body| { body.active(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<::std::string::String>("call-back-context")
        {
            request = request.body_map(|body| { body.call_back_context(value.clone()) });
        }
        if let Some(value) = matches.get_one::<kaizala_api::Secret>("call-back-token") {
            request = request.body_map(|body| { body.call_back_token(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::UpdateWebhookRequestCallBackUrl>("call-back-url")
        {
            request = request.body_map(|body| { body.call_back_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("object-id") {
            request = request.body_map(|body| { body.object_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::WebhookObjectType>("object-type") {
            request = request.body_map(|body| { body.object_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::EpochMillis>("validity") {
            request = request.body_map(|body| { body.validity(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::UpdateWebhookWebhookId>("webhook-id")
        {
            request = request.webhook_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = crate::body::read(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::UpdateWebhookRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_webhook(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_delete_webhook(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_webhook();
        if let Some(value) = matches
            .get_one::<types::DeleteWebhookWebhookId>("webhook-id")
        {
            request = request.webhook_id(value.clone());
        }
        self.config.execute_delete_webhook(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
}
pub trait CliConfig {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn success_no_item(&self, value: &ResponseValue<()>);
    fn error(&self, value: &Error);
    fn list_start<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_item<T>(&self, value: &T)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_success<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_error(&self, value: &Error);
    fn execute_get_access_token(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetAccessToken,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_bot(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateBot,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_bot_access_token(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetBotAccessToken,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_bot(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateBot,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_generate_pin(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GeneratePin,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_groups(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListGroups,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_group(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateGroup,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_group(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetGroup,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_actions(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListActions,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_send_action(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::SendAction,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_action(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetAction,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_action(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateAction,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_action_properties(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateActionProperties,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_respond_to_action(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RespondToAction,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_add_bot_to_group(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::AddBotToGroup,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_members(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListMembers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_add_members(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::AddMembers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_remove_member(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RemoveMember,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::SendMessage,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_add_reaction(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::AddReaction,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_group_reaction_summary(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetGroupReactionSummary,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_reactions(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListReactions,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_action_reaction_summary(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetActionReactionSummary,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_sub_groups(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListSubGroups,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_add_sub_group(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::AddSubGroup,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_sub_group(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateSubGroup,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_remove_sub_group(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RemoveSubGroup,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_subscribers(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListSubscribers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_add_subscribers(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::AddSubscribers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_remove_subscribers(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RemoveSubscribers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_login_with_pin(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::LoginWithPin,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_upload_media_from_url(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UploadMediaFromUrl,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_exchange_oauth_code(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ExchangeOauthCode,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_webhooks(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListWebhooks,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_webhook(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateWebhook,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_webhook(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateWebhook,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_webhook(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteWebhook,
    ) -> anyhow::Result<()> {
        Ok(())
    }
}
#[derive(Copy, Clone, Debug)]
pub enum CliCommand {
    GetAccessToken,
    CreateBot,
    GetBotAccessToken,
    UpdateBot,
    GeneratePin,
    ListGroups,
    CreateGroup,
    GetGroup,
    ListActions,
    SendAction,
    GetAction,
    UpdateAction,
    UpdateActionProperties,
    RespondToAction,
    AddBotToGroup,
    ListMembers,
    AddMembers,
    RemoveMember,
    SendMessage,
    AddReaction,
    GetGroupReactionSummary,
    ListReactions,
    GetActionReactionSummary,
    ListSubGroups,
    AddSubGroup,
    CreateSubGroup,
    RemoveSubGroup,
    ListSubscribers,
    AddSubscribers,
    RemoveSubscribers,
    LoginWithPin,
    UploadMediaFromUrl,
    ExchangeOauthCode,
    ListWebhooks,
    CreateWebhook,
    UpdateWebhook,
    DeleteWebhook,
}
impl CliCommand {
    pub fn iter() -> impl Iterator<Item = CliCommand> {
        vec![
            CliCommand::GetAccessToken, CliCommand::CreateBot,
            CliCommand::GetBotAccessToken, CliCommand::UpdateBot,
            CliCommand::GeneratePin, CliCommand::ListGroups, CliCommand::CreateGroup,
            CliCommand::GetGroup, CliCommand::ListActions, CliCommand::SendAction,
            CliCommand::GetAction, CliCommand::UpdateAction,
            CliCommand::UpdateActionProperties, CliCommand::RespondToAction,
            CliCommand::AddBotToGroup, CliCommand::ListMembers, CliCommand::AddMembers,
            CliCommand::RemoveMember, CliCommand::SendMessage, CliCommand::AddReaction,
            CliCommand::GetGroupReactionSummary, CliCommand::ListReactions,
            CliCommand::GetActionReactionSummary, CliCommand::ListSubGroups,
            CliCommand::AddSubGroup, CliCommand::CreateSubGroup,
            CliCommand::RemoveSubGroup, CliCommand::ListSubscribers,
            CliCommand::AddSubscribers, CliCommand::RemoveSubscribers,
            CliCommand::LoginWithPin, CliCommand::UploadMediaFromUrl,
            CliCommand::ExchangeOauthCode, CliCommand::ListWebhooks,
            CliCommand::CreateWebhook, CliCommand::UpdateWebhook,
            CliCommand::DeleteWebhook,
        ]
            .into_iter()
    }
    pub fn operation_id(&self) -> &'static str {
        match self {
            CliCommand::GetAccessToken => "get_access_token",
            CliCommand::CreateBot => "create_bot",
            CliCommand::GetBotAccessToken => "get_bot_access_token",
            CliCommand::UpdateBot => "update_bot",
            CliCommand::GeneratePin => "generate_pin",
            CliCommand::ListGroups => "list_groups",
            CliCommand::CreateGroup => "create_group",
            CliCommand::GetGroup => "get_group",
            CliCommand::ListActions => "list_actions",
            CliCommand::SendAction => "send_action",
            CliCommand::GetAction => "get_action",
            CliCommand::UpdateAction => "update_action",
            CliCommand::UpdateActionProperties => "update_action_properties",
            CliCommand::RespondToAction => "respond_to_action",
            CliCommand::AddBotToGroup => "add_bot_to_group",
            CliCommand::ListMembers => "list_members",
            CliCommand::AddMembers => "add_members",
            CliCommand::RemoveMember => "remove_member",
            CliCommand::SendMessage => "send_message",
            CliCommand::AddReaction => "add_reaction",
            CliCommand::GetGroupReactionSummary => "get_group_reaction_summary",
            CliCommand::ListReactions => "list_reactions",
            CliCommand::GetActionReactionSummary => "get_action_reaction_summary",
            CliCommand::ListSubGroups => "list_sub_groups",
            CliCommand::AddSubGroup => "add_sub_group",
            CliCommand::CreateSubGroup => "create_sub_group",
            CliCommand::RemoveSubGroup => "remove_sub_group",
            CliCommand::ListSubscribers => "list_subscribers",
            CliCommand::AddSubscribers => "add_subscribers",
            CliCommand::RemoveSubscribers => "remove_subscribers",
            CliCommand::LoginWithPin => "login_with_pin",
            CliCommand::UploadMediaFromUrl => "upload_media_from_url",
            CliCommand::ExchangeOauthCode => "exchange_oauth_code",
            CliCommand::ListWebhooks => "list_webhooks",
            CliCommand::CreateWebhook => "create_webhook",
            CliCommand::UpdateWebhook => "update_webhook",
            CliCommand::DeleteWebhook => "delete_webhook",
        }
    }
}
