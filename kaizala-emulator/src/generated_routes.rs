// Generated from spec/kaizala.yaml by `cargo xtask gen`. Do not edit.

//! The emulator's route of every operation of the spec, to the handler named after its
//! operationId in snake case in [`crate::handlers`] (which re-exports each area module's
//! handlers). A missing handler is a compile error on its line below, which names the
//! operation and the file its handler belongs in. Routes that are not operations of the
//! spec (the OAuth authorize page) are added in `server.rs`.

use axum::Router;
use axum::routing;

use crate::handlers;
use crate::state::App;

/// The operations served on the auth base (`/auth/v1`), without an access token.
pub(crate) fn auth() -> Router<App> {
    Router::new()
        .route(
            "/v1/accessToken",
            routing::get(handlers::get_access_token), // getAccessToken: kaizala-emulator/src/auth.rs
        )
        .route(
            "/v1/generatePin",
            routing::post(handlers::generate_pin), // generatePin: kaizala-emulator/src/auth.rs
        )
        .route(
            "/v1/loginWithPinAndApplicationId",
            routing::post(handlers::login_with_pin), // loginWithPin: kaizala-emulator/src/auth.rs
        )
}

/// The operations served on the tenant base (`/tenant/{generation}/v1`), with an access token.
pub(crate) fn tenant() -> Router<App> {
    Router::new()
        .route(
            "/v1/bot",
            routing::post(handlers::create_bot), // createBot: kaizala-emulator/src/bots.rs
        )
        .route(
            "/v1/bot/accessToken/{botUserId}",
            routing::get(handlers::get_bot_access_token), // getBotAccessToken: kaizala-emulator/src/bots.rs
        )
        .route(
            "/v1/bot/{botUserId}",
            routing::put(handlers::update_bot), // updateBot: kaizala-emulator/src/bots.rs
        )
        .route(
            "/v1/groups",
            routing::get(handlers::list_groups), // listGroups: kaizala-emulator/src/groups.rs
        )
        .route(
            "/v1/groups",
            routing::post(handlers::create_group), // createGroup: kaizala-emulator/src/groups.rs
        )
        .route(
            "/v1/groups/{groupId}",
            routing::get(handlers::get_group), // getGroup: kaizala-emulator/src/groups.rs
        )
        .route(
            "/v1/groups/{groupId}/actions",
            routing::get(handlers::list_actions), // listActions: kaizala-emulator/src/actions/
        )
        .route(
            "/v1/groups/{groupId}/actions",
            routing::post(handlers::send_action), // sendAction: kaizala-emulator/src/actions/
        )
        .route(
            "/v1/groups/{groupId}/actions/{actionId}",
            routing::get(handlers::get_action), // getAction: kaizala-emulator/src/actions/
        )
        .route(
            "/v1/groups/{groupId}/actions/{actionId}",
            routing::put(handlers::update_action), // updateAction: kaizala-emulator/src/actions/
        )
        .route(
            "/v1/groups/{groupId}/actions/{actionId}/properties",
            routing::put(handlers::update_action_properties), // updateActionProperties: kaizala-emulator/src/actions/
        )
        .route(
            "/v1/groups/{groupId}/actions/{actionId}/responses",
            routing::post(handlers::respond_to_action), // respondToAction: kaizala-emulator/src/actions/
        )
        .route(
            "/v1/groups/{groupId}/bot",
            routing::post(handlers::add_bot_to_group), // addBotToGroup: kaizala-emulator/src/bots.rs
        )
        .route(
            "/v1/groups/{groupId}/members",
            routing::get(handlers::list_members), // listMembers: kaizala-emulator/src/members.rs
        )
        .route(
            "/v1/groups/{groupId}/members",
            routing::put(handlers::add_members), // addMembers: kaizala-emulator/src/members.rs
        )
        .route(
            "/v1/groups/{groupId}/members/{memberId}",
            routing::delete(handlers::remove_member), // removeMember: kaizala-emulator/src/members.rs
        )
        .route(
            "/v1/groups/{groupId}/messages",
            routing::post(handlers::send_message), // sendMessage: kaizala-emulator/src/messages.rs
        )
        .route(
            "/v1/groups/{groupId}/reaction",
            routing::post(handlers::add_reaction), // addReaction: kaizala-emulator/src/reactions.rs
        )
        .route(
            "/v1/groups/{groupId}/reaction/summary",
            routing::get(handlers::get_group_reaction_summary), // getGroupReactionSummary: kaizala-emulator/src/reactions.rs
        )
        .route(
            "/v1/groups/{groupId}/reaction/{referenceId}",
            routing::get(handlers::list_reactions), // listReactions: kaizala-emulator/src/reactions.rs
        )
        .route(
            "/v1/groups/{groupId}/reaction/{referenceId}/summary",
            routing::get(handlers::get_action_reaction_summary), // getActionReactionSummary: kaizala-emulator/src/reactions.rs
        )
        .route(
            "/v1/groups/{groupId}/subGroups",
            routing::get(handlers::list_sub_groups), // listSubGroups: kaizala-emulator/src/groups.rs
        )
        .route(
            "/v1/groups/{groupId}/subGroups",
            routing::put(handlers::add_sub_group), // addSubGroup: kaizala-emulator/src/groups.rs
        )
        .route(
            "/v1/groups/{groupId}/subGroups",
            routing::post(handlers::create_sub_group), // createSubGroup: kaizala-emulator/src/groups.rs
        )
        .route(
            "/v1/groups/{groupId}/subGroups/{subGroupId}",
            routing::delete(handlers::remove_sub_group), // removeSubGroup: kaizala-emulator/src/groups.rs
        )
        .route(
            "/v1/groups/{groupId}/subscribers",
            routing::post(handlers::list_subscribers), // listSubscribers: kaizala-emulator/src/subscribers.rs
        )
        .route(
            "/v1/groups/{groupId}/subscribers/add",
            routing::put(handlers::add_subscribers), // addSubscribers: kaizala-emulator/src/subscribers.rs
        )
        .route(
            "/v1/groups/{groupId}/subscribers/remove",
            routing::put(handlers::remove_subscribers), // removeSubscribers: kaizala-emulator/src/subscribers.rs
        )
        .route(
            "/v1/media",
            routing::post(handlers::upload_media), // uploadMedia: kaizala-emulator/src/media.rs
        )
        .route(
            "/v1/media/url",
            routing::post(handlers::upload_media_from_url), // uploadMediaFromUrl: kaizala-emulator/src/media.rs
        )
        .route(
            "/v1/webhook",
            routing::get(handlers::list_webhooks), // listWebhooks: kaizala-emulator/src/webhooks.rs
        )
        .route(
            "/v1/webhook",
            routing::post(handlers::create_webhook), // createWebhook: kaizala-emulator/src/webhooks.rs
        )
        .route(
            "/v1/webhook/{webhookId}",
            routing::put(handlers::update_webhook), // updateWebhook: kaizala-emulator/src/webhooks.rs
        )
        .route(
            "/v1/webhook/{webhookId}",
            routing::delete(handlers::delete_webhook), // deleteWebhook: kaizala-emulator/src/webhooks.rs
        )
}

/// The operations served at the OAuth root (the code exchange).
pub(crate) fn oauth() -> Router<App> {
    Router::new()
        .route(
            "/oauth/token",
            routing::post(handlers::exchange_oauth_code), // exchangeOauthCode: kaizala-emulator/src/oauth.rs
        )
}
