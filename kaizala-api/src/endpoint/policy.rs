//! Where tenant calls go: the `endpointUrl` a token names, a 308 endpoint
//! move, and the trust boundary both must stay inside.
//!
//! The access token travels with every tenant call, so the base URL those
//! calls go to is a security decision. Every base URL, whether from a token
//! response or from a 308 `Location`, is first normalised ([`tenant_base`])
//! and then checked against one [`EndpointPolicy`]; a refused one never sees
//! the token and later calls stay on the last trusted base. One algorithm
//! ([`crate::runtime::at_base`]) addresses the first attempt and every
//! replay.

use std::fmt;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use crate::facts;
use reqwest::Url;

use crate::Error;

/// Which hosts a tenant endpoint may move to.
///
/// The default trusts:
/// - the host of the auth root, and, when the auth root is the service's
///   (under one of the spec's tenant domains, as
///   [`crate::runtime::AUTH_ROOT`] is), every host under those domains,
///   which is where the service places tenant endpoints:
///   [`crate::facts::endpoints::TENANT_DOMAINS`] (`kaiza.la`, and
///   `kaizalamessaging.osi.office.net`, where every live recording placed
///   them), each with its evidence; in any letter case, as recorded
///   (`https://inc-001.KaizalaMessaging.osi.office.net`). Another auth
///   root's domain is not trusted (it may be a public suffix such as
///   `co.uk`), nor are the service's domains then;
/// - the host already in use;
/// - loopback hosts (`localhost`, `127.0.0.0/8`, `::1`), but only when the
///   auth root itself is a loopback host (an emulator or test server);
/// - hosts added with [`allow_host`](Self::allow_host) or
///   [`allow_domain`](Self::allow_domain).
///
/// Whatever the host, a move from `https` to `http` is refused, and so is a
/// URL with credentials in it. A refused move is [`Error::UntrustedEndpoint`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EndpointPolicy {
    hosts: Vec<String>,
    domains: Vec<String>,
}

impl EndpointPolicy {
    /// The default policy (see the type's docs).
    pub fn new() -> Self {
        Self::default()
    }

    /// Also trusts exactly `host` (e.g. `kms.contoso-proxy.example`).
    pub fn allow_host(mut self, host: impl Into<String>) -> Self {
        self.hosts.push(host.into().to_ascii_lowercase());
        self
    }

    /// Also trusts `domain` and every host under it.
    pub fn allow_domain(mut self, domain: impl Into<String>) -> Self {
        let domain = domain.into().to_ascii_lowercase();
        self.domains.push(domain.trim_start_matches('.').to_owned());
        self
    }

    /// Whether a tenant call may be sent to `to`, given the auth root and the
    /// base in use now (if any).
    pub(crate) fn check(
        &self,
        auth_root: &Url,
        current: Option<&Url>,
        to: &Url,
    ) -> Result<(), Error> {
        let host = to.host_str().unwrap_or_default().to_ascii_lowercase();
        let refuse = |reason: &str| Error::UntrustedEndpoint {
            host: host.clone(),
            reason: reason.to_owned(),
        };
        let from_scheme = current.map_or(auth_root.scheme(), |c| c.scheme());
        if from_scheme == "https" && to.scheme() != "https" {
            return Err(refuse("it would move the token from https to plain http"));
        }
        if !to.username().is_empty() || to.password().is_some() {
            return Err(refuse("the URL carries credentials"));
        }
        let same = |u: &Url| u.host_str().is_some_and(|h| h.eq_ignore_ascii_case(&host));
        if same(auth_root) || current.is_some_and(same) {
            return Ok(());
        }
        if self.hosts.contains(&host) {
            return Ok(());
        }
        let under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
        if self.domains.iter().any(|d| under(d)) {
            return Ok(());
        }
        if is_loopback(&host) {
            return if auth_root.host_str().is_some_and(is_loopback) {
                Ok(())
            } else {
                Err(refuse(
                    "it is a loopback host and the client is not pointed at one",
                ))
            };
        }
        // The service's own domains, and only them: under a public suffix
        // (`contoso.co.uk`, `azurewebsites.net`) the last two labels of
        // another auth root would trust strangers.
        if auth_root_is_kaizala(auth_root) && facts::tenant_domain_of(&host).is_some() {
            return Ok(());
        }
        Err(refuse(
            "it is neither the host in use nor the auth root's, nor under the service's tenant \
             domains with the service's auth root; trust it with \
             EndpointPolicy::allow_host if it is genuinely Kaizala's",
        ))
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether the client talks to the service itself (its auth root is under
/// one of the spec's tenant domains, as [`crate::runtime::AUTH_ROOT`]
/// is), so tenant endpoints under those domains are trusted.
fn auth_root_is_kaizala(auth_root: &Url) -> bool {
    auth_root
        .host_str()
        .is_some_and(|h| facts::tenant_domain_of(h).is_some())
}

/// The tenant base URL (`…/v1`) for an `endpointUrl` or a moved endpoint,
/// normalised, or [`Error::InvalidEndpoint`]: the one normaliser,
/// [`super::tenant_base`], with its error typed.
fn tenant_base(endpoint_url: &str) -> Result<Url, Error> {
    super::tenant_base(endpoint_url).map_err(Error::from)
}

/// The base URL a 308 moves a call to. `Location` may be the new endpoint URL
/// (what the docs describe) or the full URL of the request at the new
/// endpoint (`target` is the part of the request URL below its base); both
/// give the new base.
pub(crate) fn moved_base(location: &str, request_url: &Url, target: &str) -> Result<Url, Error> {
    let location = location.trim();
    // The join would resolve `.`/`..` segments (and drop the controls that
    // hide them): refused here as `tenant_base` refuses them.
    let refused = |reason: &str| Error::InvalidEndpoint {
        endpoint: super::shown(location),
        reason: reason.to_owned(),
    };
    if location
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(refused("it contains whitespace or control characters"));
    }
    if location
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .split(['/', '\\'])
        .map(|s| s.to_ascii_lowercase().replace("%2e", "."))
        .any(|s| s == "." || s == "..")
    {
        return Err(refused("it has `.` or `..` path segments"));
    }
    let resolved = request_url
        .join(location)
        .map_err(|e| Error::InvalidEndpoint {
            endpoint: super::shown(location),
            reason: e.to_string(),
        })?;
    let path_only = target
        .split('?')
        .next()
        .unwrap_or_default()
        .trim_end_matches('/');
    let text = {
        let mut u = resolved.clone();
        u.set_query(None);
        u.set_fragment(None);
        u.as_str().trim_end_matches('/').to_owned()
    };
    match text.strip_suffix(path_only) {
        Some(base) if !path_only.is_empty() => tenant_base(base),
        _ => tenant_base(&text),
    }
}

/// The base URL tenant calls go to, shared by every call of one client:
/// the trust boundary ([`EndpointPolicy`]) and the 308 moves followed.
pub struct Endpoint {
    auth_root: Url,
    policy: EndpointPolicy,
    state: Mutex<Moves>,
}

/// The 308 moves followed, per token endpoint: calls with a token for the
/// first URL of a pair go to the second. One entry per token endpoint, so
/// calls still holding an older token (their endpoint moved too) and calls
/// with a fresh one never overwrite each other's move and bounce between
/// bases; a token names the endpoint of its time, so a few entries suffice.
#[derive(Default)]
struct Moves(Vec<(Arc<Url>, Arc<Url>)>);

/// Token endpoints whose moves are remembered (the oldest is forgotten).
const REMEMBERED_MOVES: usize = 8;

impl fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Endpoint")
            .field("auth_root", &self.auth_root.as_str())
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

impl Endpoint {
    /// The endpoint state of a client whose authentication operations go to
    /// `auth_root`, inside `policy`.
    pub fn new(auth_root: Url, policy: EndpointPolicy) -> Self {
        Self {
            auth_root,
            policy,
            state: Mutex::new(Moves::default()),
        }
    }

    /// Where the authentication operations go.
    pub fn auth_root(&self) -> &Url {
        &self.auth_root
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Moves> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Checks the base an `endpointUrl` names, coming from the auth root.
    pub fn trust_token_endpoint(&self, endpoint_url: &str) -> Result<Url, Error> {
        let base = tenant_base(endpoint_url)?;
        self.policy.check(&self.auth_root, None, &base)?;
        Ok(base)
    }

    /// Checks a credential's tenant base, as an `endpointUrl` from the auth
    /// root is checked.
    pub(crate) fn check_tenant_base(&self, base: &Url) -> Result<(), Error> {
        self.policy.check(&self.auth_root, None, base)
    }

    /// Where a call with a token for `token_base` goes now.
    pub fn base(&self, token_base: &Arc<Url>) -> Arc<Url> {
        let moves = self.lock();
        moves
            .0
            .iter()
            .find(|(from, _)| from == token_base)
            .map_or_else(|| token_base.clone(), |(_, to)| to.clone())
    }

    /// A 308 from `current` (serving a token for `token_base`) to `to`:
    /// followed for good when the policy allows it.
    pub fn move_to(&self, token_base: &Arc<Url>, current: &Url, to: Url) -> Result<(), Error> {
        if let Err(error) = self.policy.check(&self.auth_root, Some(current), &to) {
            tracing::error!(error = %error, "refused a tenant endpoint move; calls stay on the current base");
            return Err(error);
        }
        tracing::info!(base = %to, "the tenant endpoint moved; later calls go to the new base");
        let mut moves = self.lock();
        moves.0.retain(|(from, _)| from != token_base);
        if moves.0.len() >= REMEMBERED_MOVES {
            moves.0.remove(0);
        }
        moves.0.push((token_base.clone(), Arc::new(to)));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    // The kaizala-api normaliser's refusal keeps its type here.
    #[test]
    fn credentials_in_an_endpoint_are_refused_and_never_echoed() {
        let err = tenant_base("https://user:s3cret@kms.kaiza.la/").unwrap_err();
        assert!(matches!(err, Error::InvalidEndpoint { .. }), "{err}");
        assert!(!err.to_string().contains("s3cret"), "{err}");
    }

    #[test]
    fn the_default_policy_keeps_the_token_inside_kaizala() {
        let policy = EndpointPolicy::new();
        let root = url("https://api.kaiza.la/v1");
        let current = url("https://kms.kaiza.la/v1");
        for ok in [
            "https://kms2.kaiza.la/v1",
            "https://kms.kaiza.la/v2/v1",
            "https://KAIZA.LA/v1",
        ] {
            policy.check(&root, Some(&current), &url(ok)).unwrap();
        }
        for (bad, host) in [
            ("http://kms.kaiza.la/v1", "kms.kaiza.la"),
            ("https://evil.example/v1", "evil.example"),
            ("https://kaiza.la.evil.example/v1", "kaiza.la.evil.example"),
            ("https://evilkaiza.la/v1", "evilkaiza.la"),
            ("https://127.0.0.1:9/v1", "127.0.0.1"),
            ("https://localhost/v1", "localhost"),
        ] {
            let err = policy.check(&root, Some(&current), &url(bad)).unwrap_err();
            assert!(
                matches!(&err, Error::UntrustedEndpoint { host: h, .. } if h == host),
                "{bad}: {err}"
            );
            assert!(err.to_string().contains(host), "{err}");
        }
        // An emulator on loopback may move to another loopback port.
        let local = url("http://127.0.0.1:4000/v1");
        policy
            .check(&local, None, &url("http://127.0.0.1:5000/v1"))
            .unwrap();
        policy
            .check(&local, None, &url("http://localhost:5000/v1"))
            .unwrap();
        assert!(
            policy
                .check(&local, None, &url("http://10.0.0.1/v1"))
                .is_err()
        );
        // Configured additions.
        let policy = EndpointPolicy::new()
            .allow_host("proxy.example")
            .allow_domain("contoso.example");
        policy
            .check(&root, None, &url("https://proxy.example/v1"))
            .unwrap();
        policy
            .check(&root, None, &url("https://k.contoso.example/v1"))
            .unwrap();
        assert!(
            policy
                .check(&root, None, &url("https://x.proxy.example/v1"))
                .is_err()
        );
    }

    /// Every tenant endpoint the evidence shows (spec/evidence/endpoint-urls.json,
    /// committed with its citations: a missing file fails the build).
    fn recorded_endpoint_urls() -> Vec<(String, Vec<String>)> {
        let text = include_str!("../../../spec/evidence/endpoint-urls.json");
        let doc: serde_json::Value =
            serde_json::from_str(text).expect("endpoint-urls.json is JSON");
        let list = doc["endpointUrls"]
            .as_array()
            .expect("an endpointUrls list");
        list.iter()
            .map(|e| {
                let url = e["endpointUrl"]
                    .as_str()
                    .expect("an endpointUrl")
                    .to_owned();
                let sources = e["sources"]
                    .as_array()
                    .expect("sources")
                    .iter()
                    .map(|s| s.as_str().expect("a source").to_owned())
                    .collect();
                (url, sources)
            })
            .collect()
    }

    /// An endpoint as recorded, and as a client or a later answer may spell
    /// it: host in other cases, with and without the trailing slash and `/v1`.
    fn spellings(recorded: &str) -> Vec<String> {
        let bare = recorded.trim_end_matches('/');
        let (scheme, host) = bare.split_once("://").expect("scheme://host");
        let mut out = vec![recorded.to_owned()];
        for host in [
            host.to_owned(),
            host.to_ascii_lowercase(),
            host.to_ascii_uppercase(),
        ] {
            for tail in ["", "/", "/v1", "/v1/"] {
                out.push(format!("{scheme}://{host}{tail}"));
            }
        }
        out
    }

    #[test]
    fn the_default_client_accepts_every_recorded_endpoint_url() {
        let recorded = recorded_endpoint_urls();
        let urls: Vec<&str> = recorded.iter().map(|(u, _)| u.as_str()).collect();
        for expected in [
            "https://inc-000.KaizalaMessaging.osi.office.net",
            "https://inc-001.KaizalaMessaging.osi.office.net",
            "https://kms-alpha.kaiza.la/",
        ] {
            assert!(urls.contains(&expected), "{expected} missing from {urls:?}");
        }
        let endpoint = Endpoint::new(url(crate::runtime::AUTH_ROOT), EndpointPolicy::new());
        let mut refused = Vec::new();
        for (recorded, sources) in &recorded {
            assert!(!sources.is_empty(), "{recorded} has no source");
            for spelling in spellings(recorded) {
                match endpoint.trust_token_endpoint(&spelling) {
                    Ok(base) => assert_eq!(
                        base.as_str(),
                        format!("{}/v1", recorded.trim_end_matches('/').to_ascii_lowercase()),
                        "{spelling}"
                    ),
                    Err(e) => refused.push(format!("{spelling} ({}): {e}", sources[0])),
                }
            }
        }
        assert!(refused.is_empty(), "refused:\n  {}", refused.join("\n  "));
        // And a 308 between any two of them is followed.
        let root = url(crate::runtime::AUTH_ROOT);
        for (from, _) in &recorded {
            for (to, _) in &recorded {
                let from = tenant_base(from).unwrap();
                let to = tenant_base(to).unwrap();
                EndpointPolicy::new()
                    .check(&root, Some(&from), &to)
                    .unwrap_or_else(|e| panic!("{from} → {to}: {e}"));
            }
        }
    }

    #[test]
    fn look_alikes_of_the_recorded_domains_are_refused() {
        let policy = EndpointPolicy::new();
        let root = url(crate::runtime::AUTH_ROOT);
        let current = url("https://inc-001.kaizalamessaging.osi.office.net/v1");
        for (bad, host) in [
            (
                "https://kaizalamessaging.osi.office.net.evil.com/v1",
                "kaizalamessaging.osi.office.net.evil.com",
            ),
            (
                "https://evilkaizalamessaging.osi.office.net/v1",
                "evilkaizalamessaging.osi.office.net",
            ),
            ("https://osi.office.net/v1", "osi.office.net"),
            ("https://evil.osi.office.net/v1", "evil.osi.office.net"),
            ("https://office.net/v1", "office.net"),
            (
                "https://cdn.inc-000.kms.osi.office.net/v1",
                "cdn.inc-000.kms.osi.office.net",
            ),
            (
                "http://inc-001.kaizalamessaging.osi.office.net/v1",
                "inc-001.kaizalamessaging.osi.office.net",
            ),
            ("https://kaiza.la.evil.example/v1", "kaiza.la.evil.example"),
            ("https://evilkaiza.la/v1", "evilkaiza.la"),
        ] {
            for from in [None, Some(&current)] {
                let err = policy.check(&root, from, &url(bad)).unwrap_err();
                assert!(
                    matches!(&err, Error::UntrustedEndpoint { host: h, .. } if h == host),
                    "{bad}: {err}"
                );
            }
        }
        // Credentials never get as far as the policy.
        let endpoint = Endpoint::new(root.clone(), policy.clone());
        for bad in [
            "https://user@inc-001.KaizalaMessaging.osi.office.net",
            "https://u:p@kms.kaiza.la/",
        ] {
            assert!(endpoint.trust_token_endpoint(bad).is_err(), "{bad}");
        }
        // The service's domains are trusted only when the client talks to
        // the service: another auth root (a proxy, an emulator) does not
        // extend its trust to them.
        for other_root in ["https://proxy.example/v1", "http://127.0.0.1:4000/v1"] {
            let err = policy
                .check(
                    &url(other_root),
                    None,
                    &url("https://inc-001.kaizalamessaging.osi.office.net/v1"),
                )
                .unwrap_err();
            assert!(
                matches!(err, Error::UntrustedEndpoint { .. }),
                "{other_root}: {err}"
            );
        }
    }

    // A 308 `Location` is held to the endpoint rule: `.`/`..` segments are
    // refused, not resolved by the join into another path.
    #[test]
    fn a_location_with_dot_segments_is_refused() {
        let u = url("https://kms.kaiza.la/tenant/v1/groups");
        for location in [
            "https://kms.kaiza.la/tenant/../other/",
            "https://kms.kaiza.la/tenant/%2e%2e/other/v1/groups",
            "../../other/",
            "/tenant/..\\other/",
        ] {
            let result = moved_base(location, &u, "/groups");
            assert!(
                matches!(result, Err(Error::InvalidEndpoint { .. })),
                "{location:?}: {result:?}"
            );
        }
    }

    #[test]
    fn location_as_endpoint_or_full_url() {
        let u = url("https://kms.kaiza.la/v1/groups/g%2F1/members?x=1");
        let target = "/groups/g%2F1/members?x=1";
        assert_eq!(
            moved_base("https://b.kaiza.la/", &u, target)
                .unwrap()
                .as_str(),
            "https://b.kaiza.la/v1"
        );
        assert_eq!(
            moved_base("https://b.kaiza.la/v1/groups/g%2F1/members?x=1", &u, target)
                .unwrap()
                .as_str(),
            "https://b.kaiza.la/v1"
        );
        assert_eq!(
            moved_base("/other/", &u, target).unwrap().as_str(),
            "https://kms.kaiza.la/other/v1"
        );
        assert!(moved_base("ftp://b.kaiza.la/", &u, target).is_err());
        assert!(
            moved_base("https://b.kaiza.la/#/v1", &u, target)
                .is_ok_and(|b| b.as_str() == "https://b.kaiza.la/v1")
        );
    }
}
