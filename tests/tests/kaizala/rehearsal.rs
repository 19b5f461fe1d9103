//! A rehearsal on the service's real host names (issue 19, part 2): the
//! emulator serves TLS for `api.kaiza.la`, `*.kaiza.la` and
//! `*.kaizalamessaging.osi.office.net` with a test CA made at start, issues
//! tokens whose `endpointUrl` is the recorded
//! `https://inc-001.KaizalaMessaging.osi.office.net`, and later moves the
//! tenant to `https://kms.kaiza.la/` with a 308. The client is the default
//! one (auth root `https://api.kaiza.la/v1`, default `EndpointPolicy`); only
//! its HTTP client differs: it resolves those names to the emulator and
//! trusts the test CA. Before the tenant domains came from the evidence, its
//! first tenant call failed with `UntrustedEndpoint`.

use std::time::Duration;

use crate::e2e_support::{BOB, Receiver, http_for, phones};
use kaizala_emulator::{ApiBase, Emulator};
use kaizala_ext::kaizala_api::runtime::AUTH_ROOT;
use kaizala_ext::kaizala_api::types::{
    AddMembersRequest, CreateGroupRequest, CreateWebhookRequest, GroupType, SendMessageRequest,
    WebhookEventType, WebhookObjectType,
};
use kaizala_ext::prelude::*;
use kaizala_ext::webhook::KaizalaEvent;
use kaizala_ext::{Credentials, KaizalaClient, Media, MediaAction, SecretString};

const RECORDED_ENDPOINT: &str = "https://inc-001.KaizalaMessaging.osi.office.net";

/// The default client on `http`: no auth root, no endpoint policy set.
fn default_client(emu: &Emulator, http: kaizala_ext::HttpClient) -> KaizalaClient {
    let c = emu.connector();
    KaizalaClient::builder()
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .http_client(http)
        .build()
        .expect("client builds")
}

async fn real_hosts() -> Emulator {
    Emulator::builder()
        .real_hosts(true)
        .start()
        .await
        .expect("emulator starts")
}

#[tokio::test]
async fn the_default_client_runs_on_the_recorded_topology() {
    let emu = real_hosts().await;
    assert_eq!(emu.auth_url(), AUTH_ROOT);
    assert_eq!(emu.endpoint_url(), RECORDED_ENDPOINT);
    let client = default_client(&emu, http_for(&emu));

    // accessToken on api.kaiza.la, then the tenant call on inc-001.
    let group = client
        .create_group()
        .body(CreateGroupRequest {
            name: "Rehearsal".into(),
            welcome_message: "On the real host names".into(),
            members: phones(&[BOB]),
            group_type: Some(GroupType::Group),
        })
        .send()
        .await
        .expect("createGroup on the recorded endpoint")
        .into_inner()
        .group_id;
    let log = emu.request_log();
    let bases: Vec<(ApiBase, &str)> = log.iter().map(|r| (r.base, r.path.as_str())).collect();
    assert_eq!(
        bases,
        [
            (ApiBase::Auth, "/accessToken"),
            (ApiBase::Tenant, "/groups")
        ]
    );
    let token = client
        .get_access_token()
        .application_id(emu.connector().application_id.as_str())
        .application_secret(emu.connector().application_secret.as_str())
        .refresh_token(emu.connector().refresh_token.as_str())
        .send()
        .await
        .expect("getAccessToken")
        .into_inner();
    assert_eq!(token.endpoint_url, RECORDED_ENDPOINT);

    // Media: upload on the tenant endpoint, send it as an Action.
    let media = Media::from_bytes("pixel.png", &b"\x89PNG\r\n\x1a\n"[..]).expect("media");
    let resource = client.upload_media(&media).await.expect("uploadMedia");
    client
        .send_media(&group, MediaAction::Image, resource, None)
        .await
        .expect("sendAction Image");
    let stored = emu.media();
    assert!(
        stored
            .iter()
            .all(|m| m.url.starts_with("https://cdn.inc-000.kms.osi.office.net/")),
        "{stored:?}"
    );

    // Webhooks: subscribed through the tenant endpoint, delivered to the receiver.
    let receiver = Receiver::start().await;
    client
        .create_webhook()
        .body(CreateWebhookRequest {
            object_id: group.clone(),
            object_type: WebhookObjectType::Group,
            event_types: vec![WebhookEventType::TextMessageCreated],
            call_back_url: receiver.url.parse().expect("url"),
            call_back_token: Some(receiver.token.into()),
            call_back_context: None,
            validity: None,
        })
        .send()
        .await
        .expect("createWebhook");
    client
        .send_message()
        .group_id(group.as_str())
        .body(SendMessageRequest {
            message: "Hello from the rehearsal".parse().expect("a message"),
            subscribers: None,
            send_to_all_subscribers: None,
        })
        .send()
        .await
        .expect("sendMessage");
    emu.wait_for_deliveries(1, Duration::from_secs(5)).await;
    let mut events = receiver.events();
    for _ in 0..100 {
        if !events.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        events = receiver.events();
    }
    assert!(
        matches!(events.as_slice(), [KaizalaEvent::TextMessageCreated(_)]),
        "{events:?}"
    );

    // The tenant moves to kms.kaiza.la: a 308, followed, and later calls go there.
    assert_eq!(emu.move_endpoint(), "https://kms.kaiza.la/");
    let before = emu.request_log().len();
    client
        .add_members()
        .group_id(group.as_str())
        .body(AddMembersRequest {
            members: phones(&["+15550100003"]),
        })
        .send()
        .await
        .expect("addMembers across the move");
    client.list_groups().send().await.expect("listGroups");
    let after: Vec<ApiBase> = emu.request_log()[before..].iter().map(|r| r.base).collect();
    assert_eq!(
        after,
        [ApiBase::MovedTenant, ApiBase::Tenant, ApiBase::Tenant]
    );
    emu.shutdown().await;
}

/// The default client on an emulator whose tokens name `endpoint_url` as
/// the evidence spells it: a tenant call lands there, and a move is followed.
async fn the_default_client_works_on(endpoint_url: &str) {
    let emu = Emulator::builder()
        .real_hosts(true)
        .first_endpoint_url(endpoint_url)
        .start()
        .await
        .expect("emulator starts");
    assert_eq!(emu.endpoint_url(), endpoint_url);
    let client = default_client(&emu, http_for(&emu));
    client
        .list_groups()
        .send()
        .await
        .unwrap_or_else(|e| panic!("listGroups with endpointUrl {endpoint_url}: {e}"));
    let moved = emu.move_endpoint();
    client
        .list_groups()
        .send()
        .await
        .unwrap_or_else(|e| panic!("listGroups after a move from {endpoint_url} to {moved}: {e}"));
    let bases: Vec<ApiBase> = emu.request_log().iter().map(|r| r.base).collect();
    assert_eq!(
        bases,
        [
            ApiBase::Auth,
            ApiBase::Tenant,
            ApiBase::MovedTenant,
            ApiBase::Tenant
        ],
        "{endpoint_url}"
    );
    emu.shutdown().await;
}

/// One test per endpoint the evidence shows; the list must be the one of
/// `spec/evidence/endpoint-urls.json` (checked below).
macro_rules! recorded_endpoints {
    ($($name:ident => $url:literal,)*) => {
        const RECORDED_ENDPOINTS: &[&str] = &[$($url),*];
        $(
            #[tokio::test]
            async fn $name() {
                the_default_client_works_on($url).await;
            }
        )*
    };
}

recorded_endpoints! {
    recorded_inc_000_kaizalamessaging => "https://inc-000.KaizalaMessaging.osi.office.net",
    recorded_kms_alpha_kaiza_la => "https://kms-alpha.kaiza.la/",
    recorded_inc_001_kaizalamessaging => "https://inc-001.KaizalaMessaging.osi.office.net",
    recorded_kms_kaiza_la => "https://kms.kaiza.la/",
    recorded_kms1_kaiza_la => "https://kms1.kaiza.la/",
    recorded_kms2_kaiza_la => "https://kms2.kaiza.la/",
    recorded_api2_kaiza_la => "https://api2.kaiza.la/",
}

#[tokio::test]
async fn a_first_endpoint_the_emulator_cannot_serve_is_refused_at_start() {
    let refused = |builder: kaizala_emulator::EmulatorBuilder| async move {
        match builder.start().await {
            Ok(_) => panic!("started"),
            Err(e) => e.to_string(),
        }
    };
    let error = refused(Emulator::builder().first_endpoint_url("https://kms.kaiza.la/")).await;
    assert!(
        error.contains("only served with real_hosts(true)"),
        "{error}"
    );
    for bad in [
        "https://evil.example/",
        "http://kms.kaiza.la/",
        "https://api.kaiza.la/",
    ] {
        let error = refused(Emulator::builder().real_hosts(true).first_endpoint_url(bad)).await;
        assert!(error.contains(bad), "{bad}: {error}");
    }
}

#[test]
fn every_recorded_endpoint_has_its_test() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../spec/evidence/endpoint-urls.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let recorded: Vec<&str> = doc["endpointUrls"]
        .as_array()
        .expect("an endpointUrls list")
        .iter()
        .map(|e| e["endpointUrl"].as_str().expect("an endpointUrl"))
        .collect();
    assert_eq!(
        recorded,
        RECORDED_ENDPOINTS,
        "add a recorded_endpoints! line for each endpoint of {}",
        path.display()
    );
}

// TLS is verified for real: a client that does not trust the test CA gets
// no answer at all, and the token service is never reached.
#[tokio::test]
async fn a_client_without_the_test_ca_is_refused_by_tls() {
    let emu = real_hosts().await;
    let http = kaizala_ext::HttpClient::from_builder(
        reqwest::Client::builder()
            .tls_backend_rustls()
            .no_proxy()
            .resolve("api.kaiza.la", emu.local_addr())
            .tls_certs_only([]),
    )
    .expect("an HTTP client");
    let client = default_client(&emu, http);
    let error = client.list_groups().send().await.expect_err("no TLS trust");
    // rustls says UnknownIssuer; OpenSSL (the `native-tls` feature, on in an
    // --all-features build) "certificate verify failed".
    let text = error.to_string();
    assert!(
        text.contains("UnknownIssuer") || text.contains("certificate verify failed"),
        "{error}"
    );
    assert_eq!(emu.access_token_calls(), 0);
    emu.shutdown().await;
}

// A host the service never had is not served, even with the right
// certificate: the emulator answers for the recorded topology only.
#[tokio::test]
async fn hosts_outside_the_topology_are_not_served() {
    let emu = real_hosts().await;
    let http = emu
        .http_client_builder()
        .resolve("kms1.kaiza.la", emu.local_addr())
        .build()
        .expect("an HTTP client");
    let answer = http
        .get("https://kms1.kaiza.la/v1/groups")
        .send()
        .await
        .expect("an answer");
    assert_eq!(answer.status(), 404);
    let answer = http
        .get(format!("{AUTH_ROOT}/groups"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(
        answer.status(),
        404,
        "tenant paths are not on the auth host"
    );
    emu.shutdown().await;
}
