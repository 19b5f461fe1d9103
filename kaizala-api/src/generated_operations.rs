// Generated from spec/kaizala.yaml by `cargo xtask gen`. Do not edit.

pub(crate) const OPERATIONS: &[Operation] = &[
    Operation {
        id: "getAccessToken",
        method: "GET",
        path: "/accessToken",
        tag: "Authentication",
        requires_access_token: false,
        constraints: &[],
        secrets: &[
            SecretField {
                place: SecretPlace::Header,
                path: "applicationSecret",
            },
            SecretField {
                place: SecretPlace::Header,
                path: "refreshToken",
            },
            SecretField {
                place: SecretPlace::Response,
                path: "accessToken",
            },
            SecretField {
                place: SecretPlace::Response,
                path: "refreshToken",
            },
        ],
    },
    Operation {
        id: "createBot",
        method: "POST",
        path: "/bot",
        tag: "Bots",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "name",
                rule: Rule::MinLength(1),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "getBotAccessToken",
        method: "GET",
        path: "/bot/accessToken/{botUserId}",
        tag: "Bots",
        requires_access_token: true,
        constraints: &[],
        secrets: &[
            SecretField {
                place: SecretPlace::Response,
                path: "accessToken",
            },
            SecretField {
                place: SecretPlace::Response,
                path: "refreshToken",
            },
        ],
    },
    Operation {
        id: "updateBot",
        method: "PUT",
        path: "/bot/{botUserId}",
        tag: "Bots",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "name",
                rule: Rule::MinLength(1),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "generatePin",
        method: "POST",
        path: "/generatePin",
        tag: "Authentication",
        requires_access_token: false,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "mobileNumber",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "listGroups",
        method: "GET",
        path: "/groups",
        tag: "Groups",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "createGroup",
        method: "POST",
        path: "/groups",
        tag: "Groups",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "members",
                rule: Rule::MaxItems(100),
            },
            Constraint {
                location: Location::Body,
                path: "members[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "getGroup",
        method: "GET",
        path: "/groups/{groupId}",
        tag: "Groups",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "listActions",
        method: "GET",
        path: "/groups/{groupId}/actions",
        tag: "Actions",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Query,
                path: "actionType",
                rule: Rule::MinLength(1),
            },
            Constraint {
                location: Location::Query,
                path: "fromDate",
                rule: Rule::Minimum(0.0),
            },
            Constraint {
                location: Location::Query,
                path: "count",
                rule: Rule::Minimum(1.0),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "sendAction",
        method: "POST",
        path: "/groups/{groupId}/actions",
        tag: "Actions",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "actionBody.dueDate",
                rule: Rule::Minimum(1.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.questions",
                rule: Rule::MinItems(1),
            },
            Constraint {
                location: Location::Body,
                path: "subscribers[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.assignedTo",
                rule: Rule::MinItems(1),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.assignedTo[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.choices",
                rule: Rule::MinItems(2),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.expiryInHours",
                rule: Rule::Minimum(1.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.duration",
                rule: Rule::Minimum(1.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.place.latitude",
                rule: Rule::Minimum(-90.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.place.latitude",
                rule: Rule::Maximum(90.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.place.longitude",
                rule: Rule::Minimum(-180.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.place.longitude",
                rule: Rule::Maximum(180.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.message",
                rule: Rule::MaxLength(4000),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.validity",
                rule: Rule::Minimum(1.0),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "getAction",
        method: "GET",
        path: "/groups/{groupId}/actions/{actionId}",
        tag: "Actions",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "updateAction",
        method: "PUT",
        path: "/groups/{groupId}/actions/{actionId}",
        tag: "Actions",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "updateActionProperties",
        method: "PUT",
        path: "/groups/{groupId}/actions/{actionId}/properties",
        tag: "Actions",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "respondToAction",
        method: "POST",
        path: "/groups/{groupId}/actions/{actionId}/responses",
        tag: "Actions",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "actionBody.responseLocation.latitude",
                rule: Rule::Minimum(-90.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.responseLocation.latitude",
                rule: Rule::Maximum(90.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.responseLocation.longitude",
                rule: Rule::Minimum(-180.0),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.responseLocation.longitude",
                rule: Rule::Maximum(180.0),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "addBotToGroup",
        method: "POST",
        path: "/groups/{groupId}/bot",
        tag: "Bots",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "botUserId",
                rule: Rule::MinLength(1),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "listMembers",
        method: "GET",
        path: "/groups/{groupId}/members",
        tag: "Members",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "addMembers",
        method: "PUT",
        path: "/groups/{groupId}/members",
        tag: "Members",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "members",
                rule: Rule::MaxItems(100),
            },
            Constraint {
                location: Location::Body,
                path: "members",
                rule: Rule::MinItems(1),
            },
            Constraint {
                location: Location::Body,
                path: "members[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "removeMember",
        method: "DELETE",
        path: "/groups/{groupId}/members/{memberId}",
        tag: "Members",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "sendMessage",
        method: "POST",
        path: "/groups/{groupId}/messages",
        tag: "Messages",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "message",
                rule: Rule::MaxLength(4000),
            },
            Constraint {
                location: Location::Body,
                path: "subscribers[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "addReaction",
        method: "POST",
        path: "/groups/{groupId}/reaction",
        tag: "Reactions",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "getGroupReactionSummary",
        method: "GET",
        path: "/groups/{groupId}/reaction/summary",
        tag: "Reactions",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Query,
                path: "sourceGroupId",
                rule: Rule::MinLength(1),
            },
            Constraint {
                location: Location::Query,
                path: "cursor",
                rule: Rule::Minimum(0.0),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "listReactions",
        method: "GET",
        path: "/groups/{groupId}/reaction/{referenceId}",
        tag: "Reactions",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Query,
                path: "sourceGroupId",
                rule: Rule::MinLength(1),
            },
            Constraint {
                location: Location::Query,
                path: "cursor",
                rule: Rule::Minimum(0.0),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "getActionReactionSummary",
        method: "GET",
        path: "/groups/{groupId}/reaction/{referenceId}/summary",
        tag: "Reactions",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Query,
                path: "sourceGroupId",
                rule: Rule::MinLength(1),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "listSubGroups",
        method: "GET",
        path: "/groups/{groupId}/subGroups",
        tag: "SubGroups",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "addSubGroup",
        method: "PUT",
        path: "/groups/{groupId}/subGroups",
        tag: "SubGroups",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "subGroups",
                rule: Rule::MinItems(1),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "createSubGroup",
        method: "POST",
        path: "/groups/{groupId}/subGroups",
        tag: "SubGroups",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "members",
                rule: Rule::MaxItems(100),
            },
            Constraint {
                location: Location::Body,
                path: "members[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "removeSubGroup",
        method: "DELETE",
        path: "/groups/{groupId}/subGroups/{subGroupId}",
        tag: "SubGroups",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "listSubscribers",
        method: "POST",
        path: "/groups/{groupId}/subscribers",
        tag: "Subscribers",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "count",
                rule: Rule::Minimum(1.0),
            },
            Constraint {
                location: Location::Body,
                path: "count",
                rule: Rule::Maximum(50.0),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "addSubscribers",
        method: "PUT",
        path: "/groups/{groupId}/subscribers/add",
        tag: "Subscribers",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "subscribers",
                rule: Rule::MinItems(1),
            },
            Constraint {
                location: Location::Body,
                path: "subscribers[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "removeSubscribers",
        method: "PUT",
        path: "/groups/{groupId}/subscribers/remove",
        tag: "Subscribers",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "subscribers",
                rule: Rule::MinItems(1),
            },
            Constraint {
                location: Location::Body,
                path: "subscribers[]",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "loginWithPin",
        method: "POST",
        path: "/loginWithPinAndApplicationId",
        tag: "Authentication",
        requires_access_token: false,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "mobileNumber",
                rule: Rule::Pattern("^\\+[1-9][0-9]{6,14}$"),
            },
            Constraint {
                location: Location::Body,
                path: "pin",
                rule: Rule::Minimum(0.0),
            },
            Constraint {
                location: Location::Body,
                path: "pin",
                rule: Rule::Pattern("^[0-9]+$"),
            },
        ],
        secrets: &[
            SecretField {
                place: SecretPlace::Request,
                path: "pin",
            },
            SecretField {
                place: SecretPlace::Response,
                path: "refreshToken",
            },
        ],
    },
    Operation {
        id: "uploadMedia",
        method: "POST",
        path: "/media",
        tag: "Media",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
    Operation {
        id: "uploadMediaFromUrl",
        method: "POST",
        path: "/media/url",
        tag: "Media",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "mediaUrl",
                rule: Rule::Pattern("^https?://"),
            },
        ],
        secrets: &[],
    },
    Operation {
        id: "exchangeOauthCode",
        method: "POST",
        path: "/oauth/token",
        tag: "Authentication",
        requires_access_token: false,
        constraints: &[],
        secrets: &[
            SecretField {
                place: SecretPlace::Request,
                path: "client_secret",
            },
            SecretField {
                place: SecretPlace::Request,
                path: "code",
            },
            SecretField {
                place: SecretPlace::Response,
                path: "accessToken",
            },
            SecretField {
                place: SecretPlace::Response,
                path: "refreshToken",
            },
        ],
    },
    Operation {
        id: "listWebhooks",
        method: "GET",
        path: "/webhook",
        tag: "Webhooks",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Query,
                path: "objectId",
                rule: Rule::MinLength(1),
            },
        ],
        secrets: &[
            SecretField {
                place: SecretPlace::Response,
                path: "webhooks[].callbackToken",
            },
        ],
    },
    Operation {
        id: "createWebhook",
        method: "POST",
        path: "/webhook",
        tag: "Webhooks",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "callBackUrl",
                rule: Rule::Pattern("^https?://"),
            },
            Constraint {
                location: Location::Body,
                path: "eventTypes",
                rule: Rule::MinItems(1),
            },
        ],
        secrets: &[
            SecretField {
                place: SecretPlace::Request,
                path: "callBackToken",
            },
        ],
    },
    Operation {
        id: "updateWebhook",
        method: "PUT",
        path: "/webhook/{webhookId}",
        tag: "Webhooks",
        requires_access_token: true,
        constraints: &[
            Constraint {
                location: Location::Body,
                path: "callBackUrl",
                rule: Rule::Pattern("^https?://"),
            },
            Constraint {
                location: Location::Body,
                path: "eventTypes",
                rule: Rule::MinItems(1),
            },
        ],
        secrets: &[
            SecretField {
                place: SecretPlace::Request,
                path: "callBackToken",
            },
        ],
    },
    Operation {
        id: "deleteWebhook",
        method: "DELETE",
        path: "/webhook/{webhookId}",
        tag: "Webhooks",
        requires_access_token: true,
        constraints: &[],
        secrets: &[],
    },
];
