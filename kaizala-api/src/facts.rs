//! Facts of the service that `spec/kaizala.yaml` states, generated from it
//! by `cargo xtask gen` so that no crate writes them by hand:
//!
//! - [`limits`]: every `maxItems`/`minItems`/`maxLength`/`minLength`/
//!   `minimum`/`maximum` of a request, one constant per operation, place and
//!   keyword (`addMembers`' body `members` `maxItems` is
//!   [`limits::ADD_MEMBERS_MEMBERS_MAX_ITEMS`]); counts are `usize`, whole
//!   bounds `i64`; and the defaults the service uses for absent fields, named
//!   the same way ([`limits::LIST_ACTIONS_COUNT_DEFAULT`]);
//! - [`media`]: the media upload's content types, with their extensions and
//!   the media Actions that send them;
//! - [`events`]: the webhook event types; [`crate::webhook_events!`] hands
//!   each, with the generated type of its `data` and a one-line doc, to a
//!   macro (kaizala-ext defines `KaizalaEvent` from it);
//! - [`endpoints`]: the domains under which the service places tenant
//!   endpoints (`x-kaizala-tenant-domains`), each with its evidence: the
//!   hosts kaizala-ext's default `EndpointPolicy` trusts with the token;
//! - [`ops`]: one constant per operation (id, method, path, whether it is
//!   idempotent), pointing into the [operation table](crate::operations).
//!
//! ```
//! use kaizala_api::facts::{self, limits};
//!
//! assert_eq!(limits::SEND_MESSAGE_MESSAGE_MAX_LENGTH, 4000);
//! let photo = facts::media_type_of("Photo.JPG").expect("a supported file");
//! assert_eq!(photo.default_action(), "Image");
//! assert!(!facts::ops::UPLOAD_MEDIA.is_idempotent());
//! ```

/// One supported media content type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaType {
    /// The MIME type sent on the upload's part.
    pub content_type: &'static str,
    /// File extensions of this type, lower case, without the dot.
    pub extensions: &'static [&'static str],
    /// The media Actions (`actionType`) that send it; the first is the one
    /// a file of this type is sent as by default.
    pub actions: &'static [&'static str],
}

impl MediaType {
    /// The Action a file of this type is sent as by default (the first of
    /// [`actions`](Self::actions)).
    pub fn default_action(&self) -> &'static str {
        self.actions.first().copied().unwrap_or_default()
    }
}

/// A domain under which the service places tenant endpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantDomain {
    /// Lower case, without a leading or trailing dot (`kaiza.la`).
    pub domain: &'static str,
    /// One line: why it is the service's.
    pub doc: &'static str,
    /// Where the public evidence shows an endpoint under it
    /// (`<page>.md:<line>` or `swagger-2017.json#<JSON pointer>`, in
    /// Microsoft's kaizala-docs).
    pub sources: &'static [&'static str],
}

impl TenantDomain {
    /// Whether `host` is this domain or a host under it, in any letter
    /// case (`inc-001.KaizalaMessaging.osi.office.net` is under
    /// `kaizalamessaging.osi.office.net`; `evilkaiza.la` and
    /// `kaiza.la.evil.example` are not under `kaiza.la`).
    pub fn contains(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        host == self.domain
            || host
                .strip_suffix(self.domain)
                .is_some_and(|rest| rest.ends_with('.') && rest.len() > 1)
    }
}

/// The tenant domain `host` is under, if any ([`endpoints::TENANT_DOMAINS`]).
pub fn tenant_domain_of(host: &str) -> Option<&'static TenantDomain> {
    endpoints::TENANT_DOMAINS.iter().find(|d| d.contains(host))
}

include!("generated_facts.rs");

/// The media type of a file name, by its extension (any case).
pub fn media_type_of(file_name: &str) -> Option<&'static MediaType> {
    let (_, extension) = file_name.rsplit_once('.')?;
    let extension = extension.to_ascii_lowercase();
    media::MEDIA_TYPES
        .iter()
        .find(|m| m.extensions.contains(&extension.as_str()))
}

/// Every supported extension with a leading dot, in the table's order, as
/// a sentence (`.a, .b or .c`).
pub fn extension_list() -> String {
    let all: Vec<String> = media::MEDIA_TYPES
        .iter()
        .flat_map(|m| m.extensions)
        .map(|e| format!(".{e}"))
        .collect();
    or_list(&all)
}

/// The extensions of each media Action, slash-separated, Actions that take
/// the same files named once, as a sentence (`a/b, c or d/e`).
pub fn extensions_by_action() -> String {
    let mut groups: Vec<String> = Vec::new();
    for action in media::MEDIA_ACTIONS {
        let group = media::MEDIA_TYPES
            .iter()
            .filter(|m| m.actions.contains(action))
            .flat_map(|m| m.extensions.iter().copied())
            .collect::<Vec<_>>()
            .join("/");
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    or_list(&groups)
}

fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_extension_has_one_type() {
        assert!(!media::MEDIA_TYPES.is_empty());
        for m in media::MEDIA_TYPES {
            assert!(!m.actions.is_empty(), "{m:?}");
            for ext in m.extensions {
                assert_eq!(media_type_of(&format!("x.{ext}")), Some(m));
                assert_eq!(media_type_of(&format!("X.{}", ext.to_uppercase())), Some(m));
            }
        }
        for bad in ["noext", "a.", "a.exe", "a.jpg.zip", ""] {
            assert_eq!(media_type_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn sentences() {
        assert_eq!(or_list(&[]), "");
        assert_eq!(or_list(&["a".into()]), "a");
        assert_eq!(or_list(&["a".into(), "b".into(), "c".into()]), "a, b or c");
        assert!(
            extension_list().starts_with(".jpg, "),
            "{}",
            extension_list()
        );
        assert!(
            extensions_by_action().starts_with("jpg/"),
            "{}",
            extensions_by_action()
        );
    }

    #[test]
    fn operation_constants_point_at_their_operation() {
        assert_eq!(ops::UPLOAD_MEDIA.id, "uploadMedia");
        assert_eq!(ops::UPLOAD_MEDIA.method, "POST");
        assert_eq!(ops::CREATE_GROUP.path, "/groups");
        assert!(!ops::GET_ACCESS_TOKEN.requires_access_token);
    }

    #[test]
    fn hosts_under_a_tenant_domain() {
        let kaizala = TenantDomain {
            domain: "kaiza.la",
            doc: "",
            sources: &[],
        };
        for host in ["kaiza.la", "KMS.Kaiza.La", "a.b.kaiza.la"] {
            assert!(kaizala.contains(host), "{host}");
        }
        for host in [
            "evilkaiza.la",
            "kaiza.la.evil.example",
            ".kaiza.la",
            "kaiza.la.",
            "la",
            "",
        ] {
            assert!(!kaizala.contains(host), "{host}");
        }
        assert!(!endpoints::TENANT_DOMAINS.is_empty());
        for d in endpoints::TENANT_DOMAINS {
            assert!(!d.sources.is_empty(), "{d:?}");
            assert_eq!(tenant_domain_of(&format!("x.{}", d.domain)), Some(d));
        }
    }

    #[test]
    fn event_types_are_the_generated_enum() {
        assert!(!events::WEBHOOK_EVENT_TYPES.is_empty());
        for name in events::WEBHOOK_EVENT_TYPES {
            let parsed: Result<crate::types::WebhookEventType, _> = name.parse();
            assert_eq!(parsed.map(|e| e.to_string()).ok().as_deref(), Some(*name));
        }
    }
}
