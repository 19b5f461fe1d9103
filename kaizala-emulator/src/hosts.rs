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

/// The tenant endpoint URL of a generation (the first is 1): the recorded one first, then
/// `kms.kaiza.la` (the pages' and the spec's), then `kms{n}.kaiza.la` from `kms3`.
pub(crate) fn endpoint_url(generation: u32) -> String {
    match generation {
        0 | 1 => FIRST_ENDPOINT.to_owned(),
        2 => "https://kms.kaiza.la/".to_owned(),
        n => format!("https://kms{n}.kaiza.la/"),
    }
}

/// The tenant generation a host serves, if it is one of [`endpoint_url`]'s.
fn generation_of(host: &str) -> Option<u32> {
    if FIRST_ENDPOINT
        .strip_prefix("https://")
        .is_some_and(|h| h.eq_ignore_ascii_case(host))
    {
        return Some(1);
    }
    let name = host.strip_suffix(".kaiza.la")?.strip_prefix("kms")?;
    match name {
        "" => Some(2),
        digits if digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0') => {
            digits.parse().ok().filter(|n| *n >= 3)
        }
        _ => None,
    }
}

/// Where a request to `host` (lower case, no port) for `path` goes in the emulator's one
/// path layout (`/auth/v1…`, `/ds/api…`, `/tenant/{g}/…`, `/media-files/…`); `None` for a
/// host the service never had. An IP address keeps the path as it is.
pub(crate) fn route(host: &str, path: &str) -> Option<String> {
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
    let generation = generation_of(&host)?;
    Some(format!(
        "{}{path}",
        crate::urls::tenant_base("", generation).trim_end_matches('/')
    ))
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
        assert_eq!(
            route("api.kaiza.la", "/v1/accessToken").as_deref(),
            Some("/auth/v1/accessToken")
        );
        assert_eq!(
            route("ds.kaiza.la", "/api/oauth/token").as_deref(),
            Some("/ds/api/oauth/token")
        );
        assert_eq!(
            route("inc-001.kaizalamessaging.osi.office.net", "/v1/groups").as_deref(),
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
        for g in 1..6 {
            let url = endpoint_url(g);
            let host = url.trim_start_matches("https://").trim_end_matches('/');
            assert_eq!(generation_of(&host.to_ascii_lowercase()), Some(g), "{url}");
        }
    }

    #[test]
    fn the_certificate_is_made_and_names_every_host() {
        let tls = generate().expect("certificates");
        assert!(tls.ca_pem.starts_with("-----BEGIN CERTIFICATE-----"));
        assert!(!tls.ca_der.is_empty());
    }
}
