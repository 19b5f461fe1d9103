//! The whole Kaizala flow in one run, against the emulator started in-process:
//! no account, no network.
//!
//! ```sh
//! cargo run --example tour
//! KAIZALA_REHEARSAL=tls cargo run --example tour   # on the service's real host names
//! ```
//!
//! With `KAIZALA_REHEARSAL=tls` the emulator serves TLS on the service's own
//! host names (a test CA made at start) and the client is the default one:
//! auth root `https://api.kaiza.la/v1`, tokens naming the recorded endpoint
//! `https://inc-001.KaizalaMessaging.osi.office.net`, a move to
//! `https://kms.kaiza.la/`; only its HTTP client resolves those names to
//! the emulator and trusts the test CA.
//!
//! PIN login → access token → group → members → message → image upload →
//! survey and job → responses → actions → reactions → webhook event → token
//! expiry and endpoint move, all through [`KaizalaClient`], which keeps
//! itself authorised. Every step prints a line or two.

use std::time::{Duration, Instant};

use kaizala_emulator::{ApiBase, DEFAULT_MOBILE_NUMBER, Emulator, SEEDED_USERS};
use kaizala_ext::kaizala_api::types::{
    ActionRequest, ActionResponseRequest, AddMembersRequest, AddReactionRequest,
    CreateGroupRequest, CreateWebhookRequest, GroupType, JobBody, JobResponseBody, PhoneNumber,
    Question, QuestionOption, QuestionType, ReactionType, SendMessageRequest, SurveyAnswer,
    SurveyBody, SurveyResponseBody, WebhookEventType, WebhookObjectType,
};
use kaizala_ext::prelude::*;
use kaizala_ext::webhook::{KaizalaEvent, WebhookReceiver};
use kaizala_ext::{Credentials, KaizalaClient, Media, PinLogin, SecretString};
use secrecy::ExposeSecret;
use tokio::sync::mpsc;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A 1×1 PNG, so the upload needs no file on disk.
const PIXEL_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// The `callBackToken` the webhook is created with; the receiver checks it.
const CALLBACK_TOKEN: &str = "tour-callback-token";

fn step(n: u32, title: &str) {
    println!("\n[{n:>2}] {title}");
}

fn phone(number: &str) -> Result<PhoneNumber, BoxError> {
    Ok(number.parse()?)
}

/// `KAIZALA_REHEARSAL=tls`: run on the service's real host names.
fn rehearsal() -> Result<bool, BoxError> {
    match std::env::var("KAIZALA_REHEARSAL") {
        Err(std::env::VarError::NotPresent) => Ok(false),
        Ok(mode) if mode.is_empty() => Ok(false),
        Ok(mode) if mode == "tls" => Ok(true),
        other => Err(format!("KAIZALA_REHEARSAL={other:?}: the only mode is `tls`").into()),
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let started = Instant::now();
    // ------------------------------------------------------------ emulator
    let emu = Emulator::builder().real_hosts(rehearsal()?).start().await?;
    let connector = emu.connector();
    println!("Kaizala emulator on {}", emu.origin());
    println!("  auth base   {}", emu.auth_url());
    println!("  endpointUrl {}", emu.endpoint_url());
    // The emulator's HTTP client: on its real host names it resolves them to the
    // emulator and trusts its test CA; nothing else about the client changes.
    let http = kaizala_ext::HttpClient::from_builder(
        emu.http_client_builder()
            .timeout(kaizala_ext::kaizala_api::runtime::DEFAULT_TIMEOUT),
    )?;
    if emu.serves_real_hosts() {
        println!(
            "  rehearsal on the service's host names over TLS: the default client, \
             names resolved to {}",
            emu.local_addr()
        );
    }

    // ------------------------------------------------------------ PIN login
    step(1, "PIN login");
    let login =
        PinLogin::with_http_client(&connector.application_id, &emu.auth_url(), http.clone())?;
    login.send_pin(DEFAULT_MOBILE_NUMBER).await?;
    // A user would read the PIN from the SMS; the emulator keeps it instead.
    let pin = emu
        .last_pin(DEFAULT_MOBILE_NUMBER)
        .ok_or("the emulator texted no PIN")?;
    println!("  generatePin sent PIN {pin} to {DEFAULT_MOBILE_NUMBER}");
    let grant = login.login(DEFAULT_MOBILE_NUMBER, &pin).await?;
    println!(
        "  loginWithPinAndApplicationId → refresh token ({} chars, scope {})",
        grant.refresh_token.expose_secret().len(),
        grant.granted_scope.as_deref().unwrap_or("-")
    );

    // ------------------------------------------------------------ client
    step(2, "Access token (fetched by the client on its first call)");
    let mut builder = KaizalaClient::builder()
        .credentials(Credentials::new(
            connector.application_id.clone(),
            SecretString::from(connector.application_secret.clone()),
            Some(grant.refresh_token.clone()),
        ))
        .http_client(http);
    if !emu.serves_real_hosts() {
        // On loopback the auth root is the emulator's; on the real host names
        // it is the default one.
        builder = builder.auth_root(emu.auth_url());
    }
    let client = builder.build()?;
    let groups = client.list_groups().send().await?;
    println!(
        "  listGroups → {} groups; accessToken calls so far: {}",
        groups.groups.len(),
        emu.access_token_calls()
    );

    // ------------------------------------------------------------ group
    step(3, "Create a group");
    let created = client
        .create_group()
        .body(CreateGroupRequest {
            name: "Field team".into(),
            welcome_message: "Welcome to the field team".into(),
            members: vec![phone(SEEDED_USERS[0].0)?],
            group_type: Some(GroupType::Group),
        })
        .send()
        .await?
        .into_inner();
    let group_id = created.group_id.clone();
    println!(
        "  createGroup → {:?} ({group_id})",
        created.group_name.as_deref().unwrap_or("?")
    );

    step(4, "Add members");
    let more: Vec<PhoneNumber> = SEEDED_USERS[1..]
        .iter()
        .map(|(m, _)| phone(m))
        .collect::<Result<_, _>>()?;
    client
        .add_members()
        .group_id(group_id.as_str())
        .body(AddMembersRequest { members: more })
        .send()
        .await?;
    let members = client
        .list_members()
        .group_id(group_id.as_str())
        .send()
        .await?;
    for m in &members.members {
        println!(
            "  {:<16} {:<7} {}",
            m.mobile_number.as_deref().unwrap_or("?"),
            m.role.as_deref().unwrap_or("?"),
            m.name.as_deref().unwrap_or("")
        );
    }

    // ------------------------------------------------------------ webhook receiver
    // Subscribed before the message goes out, so its TextMessageCreated is delivered.
    step(
        5,
        "Subscribe a webhook (local receiver answers the validation handshake)",
    );
    let (events_tx, mut events_rx) = mpsc::unbounded_channel::<KaizalaEvent>();
    // kaizala_ext::webhook::WebhookReceiver answers the validation handshake, checks the
    // kz-callback-token header, drops duplicate deliveries and hands typed events over.
    let receiver = WebhookReceiver::builder(CALLBACK_TOKEN)
        .build(move |event: KaizalaEvent| {
            let events_tx = events_tx.clone();
            async move {
                events_tx
                    .send(event)
                    .map_err(|_| "the tour stopped listening")
            }
        })?
        .into_router("/kaizala");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let callback = format!("http://{}/kaizala", listener.local_addr()?);
    let receiver_task = tokio::spawn(async move { axum::serve(listener, receiver).await });
    let webhook = client
        .create_webhook()
        .body(CreateWebhookRequest {
            object_id: group_id.clone(),
            object_type: WebhookObjectType::Group,
            event_types: vec![WebhookEventType::TextMessageCreated],
            call_back_url: callback.parse()?,
            call_back_token: Some(CALLBACK_TOKEN.into()),
            call_back_context: Some("tour".into()),
            validity: None,
        })
        .send()
        .await?
        .into_inner();
    println!(
        "  createWebhook → {} calling {callback}",
        webhook.webhook_id
    );

    // ------------------------------------------------------------ message
    step(6, "Send a message, receive the webhook event");
    let sent = client
        .send_message()
        .group_id(group_id.as_str())
        .body(SendMessageRequest {
            message: "Hello team! Site visits start Monday.".parse()?,
            subscribers: None,
            send_to_all_subscribers: None,
        })
        .send()
        .await?
        .into_inner();
    let message_ref = sent.reference_id.clone();
    println!("  sendMessage → referenceId {message_ref}");
    let event = tokio::time::timeout(Duration::from_secs(5), events_rx.recv())
        .await
        .map_err(|_| "no webhook event within 5 s")?
        .ok_or("the receiver stopped")?;
    match &event {
        KaizalaEvent::TextMessageCreated(e) => println!(
            "  webhook got TextMessageCreated from {}: {:?}",
            e.envelope.from_user_name.as_deref().unwrap_or("?"),
            e.data.text
        ),
        other => println!("  webhook got {}", other.event_type()),
    }

    // ------------------------------------------------------------ media
    step(7, "Upload an image and send it as an Image action");
    let media = Media::from_bytes("pixel.png", PIXEL_PNG)?;
    let resource = client.upload_media(&media).await?;
    println!(
        "  uploadMedia ({} bytes, {}) → mediaResource {}…",
        media.len(),
        media.mime(),
        resource.chars().take(24).collect::<String>()
    );
    let image = client
        .send_media(
            &group_id,
            kaizala_ext::MediaAction::Image,
            resource,
            Some("Site 4, before".into()),
        )
        .await?;
    println!(
        "  sendAction Image → actionId {}",
        image.action_id.as_deref().unwrap_or("?")
    );

    // ------------------------------------------------------------ survey and job
    step(8, "Send a survey and a job");
    let survey = client
        .send_action()
        .group_id(group_id.as_str())
        .body(ActionRequest::Survey {
            action_body: SurveyBody {
                title: "Site 4 check".into(),
                due_date: None,
                is_anonymous: Some(false),
                is_sender_only: Some(false),
                accept_multiple_responses: Some(false),
                questions: vec![
                    Question {
                        title: "Gate locked?".into(),
                        type_: QuestionType::SingleOption,
                        is_invisible: None,
                        options: vec![
                            QuestionOption {
                                title: "Yes".into(),
                            },
                            QuestionOption { title: "No".into() },
                        ],
                    },
                    Question {
                        title: "Notes".into(),
                        type_: QuestionType::Text,
                        is_invisible: None,
                        options: vec![],
                    },
                ],
            },
            subscribers: None,
            send_to_all_subscribers: None,
        })
        .send()
        .await?
        .into_inner();
    let survey_id = survey.action_id.clone().ok_or("survey without actionId")?;
    println!("  sendAction Survey → actionId {survey_id}");
    let job = client
        .send_action()
        .group_id(group_id.as_str())
        .body(ActionRequest::Job {
            action_body: JobBody {
                title: "Inspect site 4".into(),
                assigned_to: vec![phone(DEFAULT_MOBILE_NUMBER)?],
                due_date: None,
            },
            subscribers: None,
            send_to_all_subscribers: None,
        })
        .send()
        .await?
        .into_inner();
    let job_id = job.action_id.clone().ok_or("job without actionId")?;
    println!("  sendAction Job    → actionId {job_id}");

    step(9, "Respond to both");
    let answered = client
        .respond_to_action()
        .group_id(group_id.as_str())
        .action_id(survey_id.as_str())
        .body(ActionResponseRequest::Survey {
            action_body: SurveyResponseBody {
                response_name: None,
                response_location: None,
                answers: vec![
                    SurveyAnswer::String("Yes".into()),
                    SurveyAnswer::String("Fence needs paint".into()),
                ],
            },
            response_id: None,
        })
        .send()
        .await?;
    println!("  survey response {}", answered.response_id);
    let done = client
        .respond_to_action()
        .group_id(group_id.as_str())
        .action_id(job_id.as_str())
        .body(ActionResponseRequest::Job {
            action_body: JobResponseBody { is_completed: true },
            response_id: None,
        })
        .send()
        .await?;
    println!("  job response    {} (completed)", done.response_id);

    step(10, "List actions");
    for action_type in ["Image", "Survey", "Job"] {
        let actions = client
            .list_actions()
            .group_id(group_id.as_str())
            .action_type(action_type)
            .send()
            .await?;
        for action in &actions.actions {
            let summary = serde_json::to_value(action)?;
            println!(
                "  {action_type:<7} referenceId {}  {}",
                summary["referenceId"].as_str().unwrap_or("?"),
                summary["actionBody"]["title"]
                    .as_str()
                    .or(summary["actionBody"]["imageUrl"].as_str())
                    .unwrap_or("")
            );
        }
    }

    // ------------------------------------------------------------ reactions
    step(
        11,
        "React to the message (like + comment) and read the summary",
    );
    for (kind, comment) in [
        (ReactionType::Like, None),
        (ReactionType::Comment, Some("On my way".to_owned())),
    ] {
        client
            .add_reaction()
            .group_id(group_id.as_str())
            .body(AddReactionRequest {
                reference_id: message_ref.clone(),
                source_group_id: group_id.clone(),
                reaction_type: kind,
                comment,
            })
            .send()
            .await?;
    }
    let summary = client
        .get_action_reaction_summary()
        .group_id(group_id.as_str())
        .reference_id(message_ref.as_str())
        .source_group_id(group_id.as_str())
        .send()
        .await?;
    for s in &summary.summary {
        let mut counts: Vec<String> = s
            .reactions_count_map
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect();
        counts.sort();
        println!(
            "  getActionReactionSummary({}) → {}",
            s.reference_id,
            counts.join(", ")
        );
    }

    // ------------------------------------------------------------ faults
    step(12, "Token expiry, handled transparently");
    let before = emu.access_token_calls();
    emu.expire_access_tokens();
    client
        .get_group()
        .group_id(group_id.as_str())
        .send()
        .await?;
    println!(
        "  all access tokens expired → getGroup still succeeded; accessToken calls {before} → {}",
        emu.access_token_calls()
    );

    step(13, "Endpoint move, followed transparently");
    let old_endpoint = emu.endpoint_url();
    let new_endpoint = emu.move_endpoint();
    let requests_before = emu.request_log().len();
    let members = client
        .list_members()
        .group_id(group_id.as_str())
        .send()
        .await?;
    client.list_groups().send().await?;
    let log = emu.request_log().split_off(requests_before);
    let moved = log
        .iter()
        .filter(|r| r.base == ApiBase::MovedTenant)
        .count();
    let current = log.iter().filter(|r| r.base == ApiBase::Tenant).count();
    println!("  endpoint moved {old_endpoint} → {new_endpoint}");
    println!(
        "  listMembers still succeeded ({} members): {moved} call answered 308 on the old base, {current} served on the new one",
        members.members.len()
    );

    receiver_task.abort();
    println!(
        "  accessToken calls in the whole run: {} (the first call, and the one after expiry)",
        emu.access_token_calls()
    );

    println!("\nDone in {} ms.", started.elapsed().as_millis());
    emu.shutdown().await;
    Ok(())
}
