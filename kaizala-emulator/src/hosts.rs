//! The rehearsal on the service's own host names ([`crate::EmulatorBuilder::real_hosts`]):
//! the emulator serves TLS with a certificate for those names, signed by a test CA made at
//! start, and routes each request by its host as the service did:
//!
//! | host | serves |
//! | --- | --- |
//! | `api.kaiza.la` | the auth base (`https://api.kaiza.la/v1`, the client's default) |
//! | `ds.kaiza.la` | the OAuth root (`https://ds.kaiza.la/api`) |
//! | `inc-001.KaizalaMessaging.osi.office.net` | the first tenant endpoint, spelled as recorded |
//! | `kms.kaiza.la`, then `kms3.kaiza.la`, `kms4.kaiza.la`, … | the tenant endpoint after each move |
//! | `cdn.inc-000.kms.osi.office.net` | uploaded media files |
//!
//! A client reaches it by name resolution only (reqwest's `resolve`, see
//! [`crate::Emulator::http_client_builder`]) and trusts the test CA.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::{self, ServerConfig, pki_types};
use tokio_rustls::server::TlsStream;

/// The auth base's host.
pub(crate) const AUTH_HOST: &str = "api.kaiza.la";
/// The OAuth root's host.
pub(crate) const OAUTH_HOST: &str = "ds.kaiza.la";
/// Where uploaded media files are served.
pub(crate) const FILES_HOST: &str = "cdn.inc-000.kms.osi.office.net";
/// The first tenant endpoint as the live service's accessToken answers spelled it
/// (`history/Tokens/2017-09-15-4d9dcd7.md:79`): mixed case, no trailing slash.
pub(crate) const FIRST_ENDPOINT: &str = "https://inc-001.KaizalaMessaging.osi.office.net";

/// The names of the leaf certificate: every host above, and `127.0.0.1` (so a raw request
/// to the listener's address verifies too).
const CERTIFICATE_NAMES: &[&str] = &[
    AUTH_HOST,
    "*.kaiza.la",
    "*.kaizalamessaging.osi.office.net",
    FILES_HOST,
    "127.0.0.1",
];

/// Handshakes in progress at once; more connections wait in the kernel's backlog.
const MAX_HANDSHAKES: usize = 64;
/// How long one TLS handshake may take.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The hosts of a rehearsal: where the first tenant endpoint is, and so where it moves.
#[derive(Debug, Clone)]
pub(crate) struct Topology {
    /// The first `endpointUrl`, as tokens spell it.
    first: String,
    /// Its host, lower case.
    first_host: String,
}

impl Topology {
    /// A topology whose first endpoint is `first` ([`FIRST_ENDPOINT`] by default): an
    /// `https://` URL on a host the certificate names, other than the auth, OAuth and media
    /// hosts.
    pub(crate) fn new(first: Option<String>) -> io::Result<Self> {
        let first = first.unwrap_or_else(|| FIRST_ENDPOINT.to_owned());
        let bad = |why: &str| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("the first endpoint {first:?} cannot be served: {why}"),
            )
        };
        let rest = first
            .strip_prefix("https://")
            .ok_or_else(|| bad("it is not an https:// URL"))?;
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        if !path.is_empty() {
            return Err(bad(
                "it has a path (the emulator serves endpoints at the root)",
            ));
        }
        let host = host.to_ascii_lowercase();
        // One label under a wildcard name of the certificate.
        let named = |domain: &str| {
            host.strip_suffix(domain)
                .is_some_and(|label| !label.is_empty() && !label.contains('.'))
        };
        if !(named(".kaiza.la") || named(".kaizalamessaging.osi.office.net"))
            || [AUTH_HOST, OAUTH_HOST].contains(&host.as_str())
        {
            return Err(bad(
                "its host is not one label under kaiza.la or kaizalamessaging.osi.office.net \
                 (what the certificate names), or it is the auth or OAuth host",
            ));
        }
        Ok(Topology {
            first,
            first_host: host,
        })
    }

    /// The hosts endpoints move to, in order: `kms.kaiza.la` (the pages' and the spec's),
    /// then `kms3.kaiza.la`, `kms4.kaiza.la`, …, skipping the first endpoint's host.
    fn moved_host(&self, nth: u32) -> String {
        let mut k = 0;
        let mut found = 0;
        loop {
            k += 1;
            let host = match k {
                1 => "kms.kaiza.la".to_owned(),
                k => format!("kms{}.kaiza.la", k + 1),
            };
            if host != self.first_host {
                found += 1;
                if found == nth {
                    return host;
                }
            }
        }
    }

    /// The tenant endpoint URL of a generation (the first is 1).
    pub(crate) fn endpoint_url(&self, generation: u32) -> String {
        match generation {
            0 | 1 => self.first.clone(),
            g => format!("https://{}/", self.moved_host(g - 1)),
        }
    }

    /// The tenant generation a host (lower case) serves, if it is one of
    /// [`endpoint_url`](Self::endpoint_url)'s.
    fn generation_of(&self, host: &str) -> Option<u32> {
        if host == self.first_host {
            return Some(1);
        }
        let name = host.strip_suffix(".kaiza.la")?.strip_prefix("kms")?;
        let k = match name {
            "" => 1,
            digits if digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0') => {
                digits.parse::<u32>().ok().filter(|n| *n >= 3)? - 1
            }
            _ => return None,
        };
        // The k-th candidate, less one when the first endpoint's host came before it.
        let skipped = (1..k).any(|j| self.moved_host_candidate(j) == self.first_host);
        Some(k + 1 - u32::from(skipped))
    }

    fn moved_host_candidate(&self, k: u32) -> String {
        match k {
            1 => "kms.kaiza.la".to_owned(),
            k => format!("kms{}.kaiza.la", k + 1),
        }
    }

    /// Where a request to `host` (no port) for `path` goes in the emulator's one path
    /// layout (`/auth/v1…`, `/ds/api…`, `/tenant/{g}/…`, `/media-files/…`); `None` for a
    /// host the service never had. An IP address keeps the path as it is.
    pub(crate) fn route(&self, host: &str, path: &str) -> Option<String> {
        let host = host.to_ascii_lowercase();
        if host.parse::<std::net::IpAddr>().is_ok() || host == "localhost" {
            return Some(path.to_owned());
        }
        if host == AUTH_HOST {
            return Some(format!("{}{path}", crate::urls::AUTH_ROOT_PREFIX));
        }
        if host == OAUTH_HOST {
            return Some(format!("{}{path}", crate::urls::OAUTH_ROOT_PREFIX));
        }
        if host == FILES_HOST {
            return Some(path.to_owned());
        }
        let generation = self.generation_of(&host)?;
        Some(format!(
            "{}{path}",
            crate::urls::tenant_base("", generation).trim_end_matches('/')
        ))
    }

    /// The host of a generation's endpoint, lower case.
    pub(crate) fn host_of(&self, generation: u32) -> String {
        let url = self.endpoint_url(generation);
        url.trim_start_matches("https://")
            .trim_end_matches('/')
            .to_ascii_lowercase()
    }
}

/// The host a request was sent to: `:authority` (HTTP/2) or `Host`, without the port.
pub(crate) fn request_host(req: &axum::extract::Request) -> Option<String> {
    let authority = req
        .uri()
        .authority()
        .map(|a| a.host().to_owned())
        .or_else(|| {
            req.headers()
                .get(axum::http::header::HOST)
                .and_then(|v| v.to_str().ok())
                .map(|h| {
                    // `[::1]:443`, `host:443`, `host`
                    match h.rsplit_once(':') {
                        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => {
                            name.to_owned()
                        }
                        _ => h.to_owned(),
                    }
                })
        })?;
    Some(
        authority
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_ascii_lowercase(),
    )
}

/// The test CA and the server's TLS configuration.
pub(crate) struct Tls {
    pub(crate) ca_pem: String,
    pub(crate) ca_der: Vec<u8>,
    pub(crate) config: Arc<ServerConfig>,
}

/// Generates a test CA and a leaf certificate for [`CERTIFICATE_NAMES`] signed by it.
pub(crate) fn generate() -> io::Result<Tls> {
    use rcgen::{
        BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose,
        IsCa, KeyPair, KeyUsagePurpose,
    };
    let err = |e: rcgen::Error| io::Error::other(format!("test certificate: {e}"));
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(err)?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    ca_params.distinguished_name.push(
        DnType::CommonName,
        "kaizala-emulator test CA (made at start)",
    );
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca =
        CertifiedIssuer::self_signed(ca_params, KeyPair::generate().map_err(err)?).map_err(err)?;

    let names: Vec<String> = CERTIFICATE_NAMES.iter().map(|s| (*s).to_owned()).collect();
    let mut leaf_params = CertificateParams::new(names).map_err(err)?;
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, AUTH_HOST);
    leaf_params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    leaf_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf_params.use_authority_key_identifier_extension = true;
    let leaf_key = KeyPair::generate().map_err(err)?;
    let leaf = leaf_params.signed_by(&leaf_key, &ca).map_err(err)?;

    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let key = pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(io::Error::other)?
        .with_no_client_auth()
        .with_single_cert(vec![leaf.der().clone(), ca.der().clone()], key)
        .map_err(io::Error::other)?;
    // The emulator speaks HTTP/1.1 (axum's `http1`).
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Tls {
        ca_pem: ca.pem(),
        ca_der: ca.der().to_vec(),
        config: Arc::new(config),
    })
}

/// A TLS listener for `axum::serve`: accepts TCP connections and hands over those whose
/// handshake succeeded within [`HANDSHAKE_TIMEOUT`]; a failed handshake (a client that does
/// not trust the CA, plain HTTP) closes that connection only.
pub(crate) struct TlsListener {
    connections: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    addr: SocketAddr,
    accepting: tokio::task::JoinHandle<()>,
}

impl Drop for TlsListener {
    fn drop(&mut self) {
        self.accepting.abort();
    }
}

impl TlsListener {
    pub(crate) fn new(listener: TcpListener, config: Arc<ServerConfig>) -> io::Result<Self> {
        let addr = listener.local_addr()?;
        let acceptor = TlsAcceptor::from(config);
        let (tx, connections) = mpsc::channel(MAX_HANDSHAKES);
        let permits = Arc::new(Semaphore::new(MAX_HANDSHAKES));
        let accepting = tokio::spawn(async move {
            loop {
                let Ok(permit) = permits.clone().acquire_owned().await else {
                    return;
                };
                let (tcp, peer) = tokio::select! {
                    () = tx.closed() => return,
                    accepted = listener.accept() => match accepted {
                        Ok(accepted) => accepted,
                        Err(_) => {
                            // Out of file descriptors and the like: wait, as axum does.
                            tokio::time::sleep(Duration::from_millis(50)).await;
                            continue;
                        }
                    },
                };
                let acceptor = acceptor.clone();
                let tx = tx.clone();
                tokio::spawn(async move {
                    let handshake = tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp));
                    if let Ok(Ok(tls)) = handshake.await {
                        drop(permit);
                        let _ = tx.send((tls, peer)).await;
                    }
                });
            }
        });
        Ok(TlsListener {
            connections,
            addr,
            accepting,
        })
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.connections.recv().await {
            Some(connection) => connection,
            // The accepting task only ends when this listener is dropped.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        Ok(self.addr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_route_to_the_one_path_layout() {
        let t = Topology::new(None).unwrap();
        let route = |host: &str, path: &str| t.route(host, path);
        assert_eq!(
            route("api.kaiza.la", "/v1/accessToken").as_deref(),
            Some("/auth/v1/accessToken")
        );
        assert_eq!(
            route("ds.kaiza.la", "/api/oauth/token").as_deref(),
            Some("/ds/api/oauth/token")
        );
        assert_eq!(
            route("inc-001.KaizalaMessaging.osi.office.net", "/v1/groups").as_deref(),
            Some("/tenant/1/v1/groups")
        );
        assert_eq!(
            route("KMS.kaiza.la", "/v1/groups").as_deref(),
            Some("/tenant/2/v1/groups")
        );
        assert_eq!(
            route("kms7.kaiza.la", "/v1").as_deref(),
            Some("/tenant/7/v1")
        );
        assert_eq!(
            route("127.0.0.1", "/auth/v1/x").as_deref(),
            Some("/auth/v1/x")
        );
        for unknown in [
            "kms1.kaiza.la",
            "kms2.kaiza.la",
            "kms07.kaiza.la",
            "evil.example",
            "inc-002.kaizalamessaging.osi.office.net",
            "kaiza.la",
        ] {
            assert_eq!(route(unknown, "/v1/groups"), None, "{unknown}");
        }
        assert_eq!(t.endpoint_url(1), FIRST_ENDPOINT);
        assert_eq!(t.endpoint_url(2), "https://kms.kaiza.la/");
        assert_eq!(t.endpoint_url(3), "https://kms3.kaiza.la/");
    }

    #[test]
    fn every_first_endpoint_moves_elsewhere_and_routes_back() {
        for first in [
            FIRST_ENDPOINT,
            "https://kms.kaiza.la/",
            "https://kms3.kaiza.la",
            "https://kms-alpha.kaiza.la/",
            "https://inc-000.KaizalaMessaging.osi.office.net",
        ] {
            let t = Topology::new(Some(first.to_owned())).unwrap();
            let mut seen = Vec::new();
            for g in 1..8 {
                let host = t.host_of(g);
                assert!(!seen.contains(&host), "{first}: {host} twice");
                assert_eq!(t.generation_of(&host), Some(g), "{first}: {host}");
                seen.push(host);
            }
        }
        for bad in [
            "http://kms.kaiza.la/",
            "https://api.kaiza.la/",
            "https://ds.kaiza.la",
            "https://kaiza.la/",
            "https://a.b.kaiza.la/",
            "https://evil.example/",
            "https://kms.kaiza.la/tenant/",
        ] {
            assert!(Topology::new(Some(bad.to_owned())).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_test_ca_and_a_certificate_are_made() {
        let tls = generate().expect("certificates");
        assert!(tls.ca_pem.starts_with("-----BEGIN CERTIFICATE-----"));
        assert!(!tls.ca_der.is_empty());
    }
}
