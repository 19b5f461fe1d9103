//! `kaizala-emulator/src/generated_routes.rs`: the emulator's route of every
//! operation of the spec, to the handler named after its operationId in snake
//! case (`getActionSummary` → `handlers::get_action_summary`). A new operation
//! needs only its handler function; a missing one is a compile error on the
//! generated line, which names the operation and the file it belongs in.

use crate::ops::OperationEntry;

/// Where the emulator keeps the handlers of each tag (its "area"), relative to
/// the workspace root. An operation whose tag is not listed gets a new module.
pub const AREAS: &[(&str, &str)] = &[
    ("Actions", "kaizala-emulator/src/actions/"),
    ("Authentication", "kaizala-emulator/src/auth.rs"),
    ("Bots", "kaizala-emulator/src/bots.rs"),
    ("Groups", "kaizala-emulator/src/groups.rs"),
    ("Media", "kaizala-emulator/src/media.rs"),
    ("Members", "kaizala-emulator/src/members.rs"),
    ("Messages", "kaizala-emulator/src/messages.rs"),
    ("Reactions", "kaizala-emulator/src/reactions.rs"),
    ("SubGroups", "kaizala-emulator/src/groups.rs"),
    ("Subscribers", "kaizala-emulator/src/subscribers.rs"),
    ("Webhooks", "kaizala-emulator/src/webhooks.rs"),
];

/// The OAuth operations (served at the OAuth root, not under `/v1`) live here.
const OAUTH_AREA: &str = "kaizala-emulator/src/oauth.rs";

/// `getActionSummary` → `get_action_summary` (`getURLInfo` → `get_url_info`),
/// as progenitor names the client's methods.
pub fn snake_case(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let mut out = String::with_capacity(id.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The file (or folder) an operation's handler belongs in.
pub fn area(op: &OperationEntry) -> String {
    if is_oauth(op) {
        return OAUTH_AREA.to_owned();
    }
    AREAS
        .iter()
        .find(|(tag, _)| *tag == op.tag)
        .map(|(_, file)| (*file).to_owned())
        .unwrap_or_else(|| {
            format!(
                "kaizala-emulator/src/{}.rs (a new module for tag {}: declare it in lib.rs and \
                 re-export it in handlers.rs)",
                snake_case(&op.tag),
                op.tag
            )
        })
}

fn is_oauth(op: &OperationEntry) -> bool {
    op.path.starts_with("/oauth/")
}

/// The emulator's base of an operation: the generated function that routes it.
fn base(op: &OperationEntry) -> &'static str {
    if is_oauth(op) {
        "oauth"
    } else if op.requires_access_token {
        "tenant"
    } else {
        "auth"
    }
}

const BASES: [(&str, &str); 3] = [
    (
        "auth",
        "The operations served on the auth base (`/auth/v1`), without an access token.",
    ),
    (
        "tenant",
        "The operations served on the tenant base (`/tenant/{generation}/v1`), with an access token.",
    ),
    (
        "oauth",
        "The operations served at the OAuth root (the code exchange).",
    ),
];

/// The text of `generated_routes.rs` (after the header). Written as text, not
/// tokens, so each route keeps its comment: rustc shows that line when the
/// handler is missing. The module is `#[rustfmt::skip]`.
pub fn text(ops: &[OperationEntry]) -> String {
    let mut out = String::from(
        "\n//! The emulator's route of every operation of the spec, to the handler named after its\n\
         //! operationId in snake case in [`crate::handlers`] (which re-exports each area module's\n\
         //! handlers). A missing handler is a compile error on its line below, which names the\n\
         //! operation and the file its handler belongs in. Routes that are not operations of the\n\
         //! spec (the OAuth authorize page) are added in `server.rs`.\n\n\
         use axum::Router;\n\
         use axum::routing;\n\n\
         use crate::handlers;\n\
         use crate::state::App;\n",
    );
    for (name, doc) in BASES {
        out.push_str(&format!(
            "\n/// {doc}\npub(crate) fn {name}() -> Router<App> {{\n    Router::new()"
        ));
        for op in ops.iter().filter(|op| base(op) == name) {
            let path = if name == "oauth" {
                op.path.clone()
            } else {
                format!("/v1{}", op.path)
            };
            out.push_str(&format!(
                "\n        .route(\n            {path:?},\n            \
                 routing::{method}(handlers::{handler}), // {id}: {area}\n        )",
                method = op.method.to_ascii_lowercase(),
                handler = snake_case(&op.id),
                id = op.id,
                area = area(op),
            ));
        }
        out.push_str("\n}\n");
    }
    out
}

/// The operations whose handler the emulator's sources do not define yet
/// (`fn <name>` or `as <name>` nowhere under `src`), each with a sentence
/// saying what to write where. `cargo xtask gen` prints them.
pub fn missing_handlers(ops: &[OperationEntry], emulator_sources: &str) -> Vec<String> {
    ops.iter()
        .filter_map(|op| {
            let handler = snake_case(&op.id);
            let defined = [
                format!("fn {handler}("),
                format!("fn {handler}<"),
                format!(" as {handler};"),
            ]
            .iter()
            .any(|needle| emulator_sources.contains(needle.as_str()));
            (!defined).then(|| {
                format!(
                    "the emulator has no handler for {} ({} {}) yet: write `pub(crate) async fn \
                     {handler}` in {} (the emulator does not compile until then)",
                    op.id,
                    op.method,
                    op.path,
                    area(op)
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(id: &str, method: &str, path: &str, tag: &str, token: bool) -> OperationEntry {
        OperationEntry {
            id: id.to_owned(),
            method: method.to_owned(),
            path: path.to_owned(),
            tag: tag.to_owned(),
            requires_access_token: token,
            constraints: Vec::new(),
            secrets: Vec::new(),
        }
    }

    #[test]
    fn handler_names_are_the_operation_ids_in_snake_case() {
        assert_eq!(snake_case("getActionSummary"), "get_action_summary");
        assert_eq!(snake_case("loginWithPin"), "login_with_pin");
        assert_eq!(snake_case("uploadMediaFromUrl"), "upload_media_from_url");
        assert_eq!(snake_case("getURLInfo"), "get_url_info");
        assert_eq!(snake_case("getV2Thing"), "get_v2_thing");
    }

    #[test]
    fn each_base_routes_its_operations_to_handlers_named_after_them() {
        let ops = [
            op(
                "generatePin",
                "POST",
                "/generatePin",
                "Authentication",
                false,
            ),
            op(
                "getActionSummary",
                "GET",
                "/groups/{groupId}/actions/{actionId}/summary",
                "Actions",
                true,
            ),
            op(
                "exchangeOauthCode",
                "POST",
                "/oauth/token",
                "Authentication",
                false,
            ),
            op("listPolls", "GET", "/polls", "Polls", true),
        ];
        let text = text(&ops);
        assert!(text.contains(
            "pub(crate) fn tenant() -> Router<App> {\n    Router::new()\n        .route(\n            \
             \"/v1/groups/{groupId}/actions/{actionId}/summary\",\n            \
             routing::get(handlers::get_action_summary), // getActionSummary: kaizala-emulator/src/actions/\n        )"
        ), "{text}");
        assert!(text.contains("\"/v1/generatePin\",\n            routing::post(handlers::generate_pin), // generatePin: kaizala-emulator/src/auth.rs"), "{text}");
        assert!(text.contains("\"/oauth/token\",\n            routing::post(handlers::exchange_oauth_code), // exchangeOauthCode: kaizala-emulator/src/oauth.rs"), "{text}");
        assert!(
            text.contains(
                "// listPolls: kaizala-emulator/src/polls.rs (a new module for tag Polls"
            ),
            "{text}"
        );
        // The auth base does not serve tenant operations.
        let auth =
            &text[text.find("fn auth()").unwrap_or(0)..text.find("fn tenant()").unwrap_or(0)];
        assert!(!auth.contains("summary"), "{auth}");
    }

    #[test]
    fn a_missing_handler_is_named_with_the_file_it_belongs_in() {
        let ops = [
            op(
                "getAction",
                "GET",
                "/groups/{groupId}/actions/{actionId}",
                "Actions",
                true,
            ),
            op(
                "getActionSummary",
                "GET",
                "/groups/{groupId}/actions/{actionId}/summary",
                "Actions",
                true,
            ),
            op(
                "updateActionProperties",
                "PUT",
                "/groups/{groupId}/actions/{actionId}/properties",
                "Actions",
                true,
            ),
        ];
        let sources = "pub(crate) async fn get_action(\n pub(crate) use update_action as update_action_properties;";
        assert_eq!(
            missing_handlers(&ops, sources),
            [
                "the emulator has no handler for getActionSummary (GET /groups/{groupId}/actions/{actionId}/summary) \
              yet: write `pub(crate) async fn get_action_summary` in kaizala-emulator/src/actions/ \
              (the emulator does not compile until then)"
            ]
        );
    }

    #[test]
    fn every_area_exists() {
        let root = crate::workspace_root();
        for (tag, file) in AREAS.iter().chain([&("OAuth", OAUTH_AREA)]) {
            assert!(root.join(file).exists(), "{tag}: {file} does not exist");
        }
    }
}
