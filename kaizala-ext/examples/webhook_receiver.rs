//! A Kaizala webhook receiver to copy.
//!
//! ```text
//! KZ_CALLBACK_TOKEN=secret PORT=8080 cargo run -p kaizala-ext --features webhook --example webhook_receiver
//! ```
//!
//! Serves `POST/GET /kaizala/webhook` on `0.0.0.0:$PORT` (default 8080) and
//! prints every event. Put it behind HTTPS (Kaizala only calls HTTPS URLs)
//! and subscribe with `callBackUrl = https://<host>/kaizala/webhook` and
//! `callBackToken = $KZ_CALLBACK_TOKEN`, e.g. with
//! `kaizala_ext::webhook::WebhookSubscription::create` once this is running.

use kaizala_ext::webhook::{KaizalaEvent, SurveyAnswer, WebhookReceiver};

/// What this receiver does with an event. Return `Err` to have Kaizala
/// deliver it again later.
async fn on_event(event: KaizalaEvent) -> Result<(), std::io::Error> {
    match &event {
        KaizalaEvent::TextMessageCreated(e) => {
            println!(
                "{}: {}",
                e.envelope.from_user_name.as_deref().unwrap_or("?"),
                e.data.text
            );
        }
        KaizalaEvent::SurveyResponse(e) | KaizalaEvent::ActionResponse(e) => {
            println!(
                "response {} to {}",
                e.data.response_id.as_deref().unwrap_or("?"),
                e.data.action_id.as_deref().unwrap_or("?")
            );
            for answer in e.answers().iter().filter(|a| !a.is_invisible) {
                let title = answer.title.as_deref().unwrap_or("?");
                match &answer.answer {
                    SurveyAnswer::Text(text) => println!("  {title}: {text}"),
                    SurveyAnswer::SingleOption(choice) => println!("  {title}: {choice}"),
                    other => println!("  {title}: {other:?}"),
                }
            }
        }
        KaizalaEvent::MemberAdded(e) | KaizalaEvent::MemberRemoved(e) => {
            println!(
                "{} {}",
                event.event_type(),
                e.data.member_name.as_deref().unwrap_or("?")
            );
        }
        KaizalaEvent::Malformed { error, .. } => {
            eprintln!("{} with unreadable data: {error}", event.event_type());
        }
        KaizalaEvent::Unknown { raw, .. } => {
            println!("unknown event {}: {raw}", event.event_type());
        }
        other => println!("{} {}", other.event_type(), other.event_id()),
    }
    Ok(())
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let token = std::env::var("KZ_CALLBACK_TOKEN").map_err(|_| {
        std::io::Error::other("set KZ_CALLBACK_TOKEN to the webhook's callBackToken")
    })?;
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080);

    let receiver = WebhookReceiver::builder(token)
        .max_body_bytes(1024 * 1024)
        .build(on_event)
        .map_err(std::io::Error::other)?;
    let app = receiver.into_router("/kaizala/webhook");

    let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await?;
    println!(
        "listening on http://{}/kaizala/webhook",
        listener.local_addr()?
    );
    axum::serve(listener, app).await
}
