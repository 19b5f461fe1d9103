//! Where tenant calls go: the tenant base URL an `endpointUrl` names
//! (`https://kms.kaiza.la/` → `https://kms.kaiza.la/v1`), normalised by one
//! strict function for every client ([`tenant_base`]), and the trust boundary
//! every base and 308 move must stay inside ([`EndpointPolicy`], [`Endpoint`]).

use std::fmt;

mod policy;

pub(crate) use policy::moved_base;
pub use policy::{Endpoint, EndpointPolicy};

use url::Url;

/// An `endpointUrl` that cannot be a tenant base URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidEndpoint {
    /// The endpoint as received: at most 200 characters, any
    /// `user:password@` part redacted.
    pub endpoint: String,
    /// Why it cannot be a base URL.
    pub reason: String,
}

impl fmt::Display for InvalidEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the tenant endpoint {:?} cannot be used: {}",
            self.endpoint, self.reason
        )
    }
}

impl std::error::Error for InvalidEndpoint {}

/// The tenant base URL (`…/v1`) for an `endpointUrl` or a moved endpoint,
/// normalised, or why it cannot be one. Every client uses this one
/// normaliser: [`FixedToken`](crate::runtime::FixedToken) for its fixed
/// endpoint, `kaizala-ext` for every token's `endpointUrl` and every 308.
///
/// Accepted: any case of scheme and host, with or without a trailing slash
/// or `/v1`, a deeper path, surrounding whitespace. Normalised away: a query,
/// a fragment, empty path segments (`//`). Refused: anything but http(s), no
/// host, credentials in the URL, whitespace, control characters or
/// backslashes inside, a scheme without `//`, and `.`/`..` segments.
pub fn tenant_base(endpoint_url: &str) -> Result<Url, InvalidEndpoint> {
    let raw = endpoint_url.trim();
    let bad = |reason: &str| InvalidEndpoint {
        endpoint: shown(raw),
        reason: reason.to_owned(),
    };
    if raw.is_empty() {
        return Err(bad("it is empty"));
    }
    if raw.chars().any(char::is_whitespace) {
        return Err(bad("it contains whitespace"));
    }
    // The URL parser drops controls, reads `\\` as `/` and takes `https:host`
    // for `https://host`; only the plain spelling lets the dot-segment check
    // below see the segments the parser sees.
    if raw.chars().any(char::is_control) {
        return Err(bad("it contains control characters"));
    }
    if raw.contains('\\') {
        return Err(bad("it contains a backslash"));
    }
    let lower = raw.get(..8).unwrap_or(raw).to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(bad("it is not an http(s) URL of the form scheme://host"));
    }
    let mut url = Url::parse(raw).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("it is not an http(s) URL"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("it has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("it carries credentials"));
    }
    if raw.split(['?', '#']).next().is_some_and(|p| {
        p.split('/')
            .skip(3)
            .map(|s| s.to_ascii_lowercase().replace("%2e", "."))
            .any(|s| s == "." || s == "..")
    }) {
        return Err(bad("it has `.` or `..` path segments"));
    }
    url.set_query(None);
    url.set_fragment(None);
    let segments: Vec<String> = url
        .path()
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let mut path = String::new();
    for s in &segments {
        path.push('/');
        path.push_str(s);
    }
    if segments.last().is_none_or(|s| s != "v1") {
        path.push_str("/v1");
    }
    url.set_path(&path);
    Ok(url)
}

/// An endpoint as error text may show it: at most 200 characters, without
/// any `user:password@` part.
pub fn shown(raw: &str) -> String {
    // The authority as the URL parser reads it: after `scheme:` and any
    // slashes or backslashes, up to the next `/`, `\\`, `?` or `#`; its
    // userinfo ends at its last `@` (a password may contain `@`).
    let without_userinfo = raw
        .find(':')
        .and_then(|colon| {
            let start = colon + 1 + raw[colon + 1..].len()
                - raw[colon + 1..].trim_start_matches(['/', '\\']).len();
            let end = raw[start..]
                .find(['/', '\\', '?', '#'])
                .map_or(raw.len(), |i| start + i);
            let at = start + raw[start..end].rfind('@')?;
            Some(format!("{}[redacted]@{}", &raw[..start], &raw[at + 1..]))
        })
        .unwrap_or_else(|| raw.to_owned());
    without_userinfo.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_urls_normalise_to_a_clean_base_or_are_refused() {
        for (raw, want) in [
            ("https://kms.kaiza.la/", "https://kms.kaiza.la/v1"),
            ("https://kms.kaiza.la", "https://kms.kaiza.la/v1"),
            ("https://kms.kaiza.la/v1/", "https://kms.kaiza.la/v1"),
            ("HTTPS://KMS.Kaiza.LA/", "https://kms.kaiza.la/v1"),
            (
                "https://kms.kaiza.la/deep/path",
                "https://kms.kaiza.la/deep/path/v1",
            ),
            ("https://kms.kaiza.la/#frag", "https://kms.kaiza.la/v1"),
            ("https://kms.kaiza.la/?x=1", "https://kms.kaiza.la/v1"),
            ("https://kms.kaiza.la//v1//", "https://kms.kaiza.la/v1"),
            ("  https://kms.kaiza.la/  ", "https://kms.kaiza.la/v1"),
        ] {
            assert_eq!(tenant_base(raw).unwrap().as_str(), want, "{raw}");
        }
        for raw in [
            "",
            "kms.kaiza.la",
            "ftp://kms.kaiza.la/",
            "https://kms.kaiza.la/a b",
            "https://kms.kaiza.la/../x",
            "https://kms.kaiza.la/%2e%2e/x",
            "https://kms.kaiza.la/.%2E/x",
            "https://kms.kaiza.la/%2e",
            "https://",
        ] {
            assert!(tenant_base(raw).is_err(), "{raw:?} must be refused");
        }
    }

    #[test]
    fn credentials_in_an_endpoint_are_refused_and_never_echoed() {
        let err = tenant_base("https://user:s3cret@kms.kaiza.la/").unwrap_err();
        assert!(!err.to_string().contains("s3cret"), "{err}");
        assert!(!shown("https://user:s3cret@kms.kaiza.la/").contains("s3cret"));
    }

    // The URL parser reads `\\` as `/`, tolerates `https:host` and
    // `https:/host`, and strips trailing controls: none of these may smuggle
    // a `..` past the dot-segment check.
    #[test]
    fn dot_segments_are_refused_however_the_url_is_spelled() {
        for raw in [
            "https://kms.kaiza.la/tenant\\..\\other",
            "https://kms.kaiza.la/tenant/..\\other",
            "https://kms.kaiza.la\\..\\x",
            "https:\\\\kms.kaiza.la\\x\\..\\y",
            "https:kms.kaiza.la/../x",
            "https:/kms.kaiza.la/../x",
            "https://kms.kaiza.la/x/..\u{1f}",
            "\u{1}https://kms.kaiza.la/x/..\u{1}",
        ] {
            let result = tenant_base(raw);
            assert!(result.is_err(), "{raw:?} must be refused, got {result:?}");
        }
    }

    // However the authority is spelled (no `//`, backslashes, an `@` in the
    // password), the error text never shows the password.
    #[test]
    fn credentials_are_never_echoed_however_the_authority_is_spelled() {
        for raw in [
            "https:user:s3cret@kms.kaiza.la/",
            "https:/user:s3cret@kms.kaiza.la/",
            "https:\\\\user:s3cret@kms.kaiza.la/",
            "HTTPS:\\\\user:s3cret@kms.kaiza.la",
            "https://user:pa@s3cret@kms.kaiza.la/",
        ] {
            let err = tenant_base(raw).unwrap_err();
            assert!(!err.to_string().contains("s3cret"), "{raw:?}: {err}");
            assert!(!format!("{err:?}").contains("s3cret"), "{raw:?}: {err:?}");
        }
    }
}
