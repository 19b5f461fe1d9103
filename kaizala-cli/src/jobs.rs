//! The script jobs, one command each, written on kaizala-ext's helpers.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::ArgMatches;
use futures::StreamExt;
use kaizala_api::types;
use kaizala_ext::bulk::{BulkOptions, BulkReport};
use kaizala_ext::paging::ActionsQuery;
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, Media, PinLogin, SecretString, TokenStore};
use serde_json::{Value, json};

use crate::config::{Profile, Settings, Source, env, expose};
use crate::fail::{Fail, Kind};
use crate::output::Output;

/// The largest text file read for a message or a list of numbers.
const MAX_TEXT_FILE: u64 = 4 * 1024 * 1024;
/// The largest file `media send`/`upload` and `announce --image` upload
/// unless `--max-bytes` says otherwise. The service documents no limit;
/// a file this large is almost surely a mistake on a script's part (and
/// would take minutes to stream).
pub const DEFAULT_MAX_UPLOAD_BYTES: u64 = 1 << 30;
/// How often [`settle`] looks at the token status.
const SETTLE_POLL: Duration = Duration::from_millis(40);
/// How long `webhooks listen --count N` keeps serving after the last event,
/// so its `200` reaches Kaizala.
const LAST_ANSWER_GRACE: Duration = Duration::from_millis(250);
/// How long a run waits, before exiting, for a rotated refresh token whose
/// first save failed to be saved by the background retry.
const SETTLE_WAIT: Duration = Duration::from_secs(10);

/// A client for this run. Calls that need no access token (the auth
/// operations) work without credentials.
pub fn client(settings: &Settings, needs_token: bool) -> Result<kaizala_api::Client, Fail> {
    let credentials = match settings.credentials() {
        Ok(c) => c,
        Err(fail) if needs_token => return Err(fail),
        // Never used for a call that needs no token.
        Err(_) => Credentials::new(
            settings
                .application_id
                .0
                .clone()
                .unwrap_or_else(|| "unset".to_owned()),
            SecretString::from("unset".to_owned()),
            None,
        ),
    };
    Ok(KaizalaClient::builder()
        .credentials(credentials)
        .token_store(settings.store()?)
        .auth_root(settings.auth_root.0.clone())
        .build()?)
}

/// Before exiting: a rotated refresh token whose save failed is retried in
/// the background; wait (bounded) until it is saved, or say it is not.
pub async fn settle(client: &kaizala_api::Client) {
    let deadline = Instant::now() + SETTLE_WAIT;
    loop {
        let status = client.token_status();
        if !status.unsaved_refresh_token {
            return;
        }
        if Instant::now() >= deadline {
            eprintln!(
                "warning: the rotated refresh token could not be saved{}; run this command again soon so it is",
                status
                    .last_error
                    .map(|e| format!(" ({e})"))
                    .unwrap_or_default()
            );
            return;
        }
        tokio::time::sleep(SETTLE_POLL).await;
    }
}

/// Reads one line from standard input (blocking, off the runtime), after a
/// prompt on stderr (shown even with `--quiet`: it asks for something).
async fn read_line(prompt: String) -> Result<String, Fail> {
    eprintln!("{prompt}");
    let line = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    })
    .await
    .map_err(|e| Fail::other(format!("reading standard input failed: {e}")))?
    .map_err(|e| Fail::input(format!("cannot read standard input: {e}")))?;
    let line = line.trim().to_owned();
    if line.is_empty() {
        return Err(Fail::input("nothing was read from standard input"));
    }
    Ok(line)
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn phone(text: &str) -> Result<types::PhoneNumber, String> {
    text.parse::<types::PhoneNumber>().map_err(|_| {
        format!("{text:?} is not a mobile number in international format (+ and 7 to 15 digits)")
    })
}

/// `kaizala login`.
pub async fn login(settings: &Settings, out: Output, m: &ArgMatches) -> Result<(), Fail> {
    let mobile = m
        .get_one::<String>("mobile-number")
        .cloned()
        .unwrap_or_default();
    phone(&mobile).map_err(Fail::input)?;
    let application_id = settings.application_id.0.clone().ok_or_else(|| {
        Fail::input(format!(
            "name the connector: --application-id, or set {}",
            env::APPLICATION_ID
        ))
    })?;
    let secret = match &settings.application_secret.0 {
        Some(s) => s.clone(),
        None => SecretString::from(read_line("Connector (application) secret:".to_owned()).await?),
    };
    let auth_root = settings.auth_root.0.clone();
    let pin_login = PinLogin::with_auth_root(application_id.clone(), &auth_root)?;
    pin_login.send_pin(&mobile).await?;
    let pin = read_line(format!("A PIN was sent to {mobile}; enter it:")).await?;
    let grant = pin_login.login(&mobile, &pin).await?;
    let store = settings.store()?;
    store.save(&grant.refresh_token).await.map_err(|e| {
        Fail::other(format!(
            "logged in, but the refresh token could not be saved in {}: {e}",
            settings.store_path().display()
        ))
    })?;
    let profile = Profile {
        application_id: Some(application_id.clone()),
        application_secret: Some(expose(&secret)),
        auth_root: (settings.auth_root.1 != Source::Default).then(|| auth_root.clone()),
        mobile_number: Some(mobile.clone()),
        refresh_token_expiry_ms: grant.refresh_token_expiry_ms,
        logged_in_at_ms: Some(now_ms()),
    };
    settings.save_profile(&profile)?;
    out.note(format!(
        "Logged in; profile {:?} saved in {}",
        settings.profile,
        settings.dir.display()
    ));
    out.json(&json!({
        "profile": settings.profile,
        "applicationId": application_id,
        "mobileNumber": mobile,
        "authRoot": auth_root,
        "refreshTokenExpiry": grant.refresh_token_expiry_ms.map(iso),
    }));
    Ok(())
}

fn iso(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| ms.to_string())
}

/// `kaizala auth status`.
pub async fn status(settings: &Settings, out: Output, m: &ArgMatches) -> Result<(), Fail> {
    let store_path = settings.store_path();
    let stored = settings.store()?.load().await.map_err(|e| {
        Fail::other(format!(
            "cannot read the token store {}: {e}",
            store_path.display()
        ))
    })?;
    let mut report = json!({
        "profile": settings.profile,
        "profileDir": settings.dir,
        "connector": {
            "applicationId": settings.application_id.0,
            "source": settings.application_id.1,
            "secretSet": settings.application_secret.0.is_some(),
            "secretSource": settings.application_secret.1,
        },
        "authRoot": { "url": settings.auth_root.0, "source": settings.auth_root.1 },
        "refresh": {
            "stored": stored.is_some(),
            "store": store_path,
            "fromEnv": settings.env_refresh_token.is_some(),
            "expires": settings.saved.refresh_token_expiry_ms.map(iso),
            "loggedInAs": settings.saved.mobile_number,
            "loggedInAt": settings.saved.logged_in_at_ms.map(iso),
        },
    });
    if m.get_flag("check") {
        let client = client(settings, true)?;
        let result = client.list_groups().send().await;
        settle(&client).await;
        result?;
        let status = client.token_status();
        report["access"] = json!({
            "validForSeconds": status.access_token_valid_for.map(|d| d.as_secs()),
            "expires": status.access_token_valid_for
                .map(|d| iso(now_ms() + d.as_millis() as i64)),
            "unsavedRefreshToken": status.unsaved_refresh_token,
        });
        report["endpoint"] = json!(status.tenant_endpoint);
    }
    out.json(&report);
    Ok(())
}

/// Reads a message from a file (`-`: standard input), at most
/// [`crate::body::MAX_BODY_BYTES`].
fn read_text(path: &Path) -> Result<String, Fail> {
    crate::body::read(path).map_err(|e| Fail::input(format!("{}: {e}", path.display())))
}

/// The non-empty, non-comment lines of a file, with their line numbers.
fn lines_of(path: &Path) -> Result<Vec<(usize, String)>, Fail> {
    use std::io::Read;
    let mut text = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_TEXT_FILE + 1).read_to_end(&mut text))
        .map_err(|e| Fail::input(format!("cannot read {}: {e}", path.display())))?;
    if text.len() as u64 > MAX_TEXT_FILE {
        return Err(Fail::input(format!(
            "{} is larger than {MAX_TEXT_FILE} bytes",
            path.display()
        )));
    }
    let text = String::from_utf8(text)
        .map_err(|_| Fail::input(format!("{} is not UTF-8 text", path.display())))?;
    Ok(text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim().to_owned()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect())
}

/// Every number of a file, checked before anything is sent.
fn numbers_of(path: &Path) -> Result<Vec<String>, Fail> {
    let lines = lines_of(path)?;
    if lines.is_empty() {
        return Err(Fail::input(format!("{} lists no numbers", path.display())));
    }
    for (n, line) in &lines {
        phone(line).map_err(|e| Fail::input(format!("{} line {n}: {e}", path.display())))?;
    }
    Ok(lines.into_iter().map(|(_, l)| l).collect())
}

/// `kaizala send`.
pub async fn send(settings: &Settings, out: Output, m: &ArgMatches) -> Result<(), Fail> {
    let group = m.get_one::<String>("group").cloned().unwrap_or_default();
    let text = match (
        m.get_one::<String>("text"),
        m.get_one::<PathBuf>("text-file"),
    ) {
        (Some(t), _) => t.clone(),
        (None, Some(p)) => read_text(p)?,
        (None, None) => return Err(Fail::input("give the message with --text or --text-file")),
    };
    let mut to: Vec<String> = m
        .get_many::<String>("to")
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    for n in &to {
        phone(n).map_err(Fail::input)?;
    }
    if let Some(file) = m.get_one::<PathBuf>("to-file") {
        to.extend(numbers_of(file)?);
    }
    let message: types::SendMessageRequestMessage = text
        .parse()
        .map_err(|e| Fail::input(format!("message: {e}")))?;
    let client = client(settings, true)?;
    if !to.is_empty() {
        // Any number of subscribers: in chunks, each call reported.
        let options = progress_options(out);
        let result = client
            .send_message_bulk(&group, &message, &to, &options)
            .await;
        settle(&client).await;
        return bulk_outcome(out, result?);
    }
    let body = types::SendMessageRequest {
        message,
        send_to_all_subscribers: m.get_flag("all-subscribers").then_some(true),
        subscribers: None,
    };
    let result = client
        .send_message()
        .group_id(group)
        .body(body)
        .send()
        .await;
    settle(&client).await;
    let response = result?;
    out.json(&*response);
    Ok(())
}

/// `kaizala announce`.
pub async fn announce(settings: &Settings, out: Output, m: &ArgMatches) -> Result<(), Fail> {
    let group = m.get_one::<String>("group").cloned().unwrap_or_default();
    let message = match (
        m.get_one::<String>("message"),
        m.get_one::<PathBuf>("message-file"),
    ) {
        (Some(t), _) => t.clone(),
        (None, Some(p)) => read_text(p)?,
        (None, None) => {
            return Err(Fail::input(
                "give the announcement with --message or --message-file",
            ));
        }
    };
    let mut images = Vec::new();
    for path in m.get_many::<PathBuf>("image").into_iter().flatten() {
        images.push(checked_media(path, m).await?);
    }
    let client = client(settings, true)?;
    let result = async {
        let mut resources = Vec::new();
        for (i, media) in images.iter().enumerate() {
            out.note(format!(
                "uploading picture {} of {} ({} bytes)",
                i + 1,
                images.len(),
                media.len()
            ));
            resources.push(client.upload_media(media).await?);
        }
        let body = types::ActionRequest::Announcement {
            action_body: types::AnnouncementBody {
                title: m.get_one::<String>("title").cloned(),
                message: message
                    .parse()
                    .map_err(|e| kaizala_ext::Error::InvalidInput {
                        message: format!("message: {e}"),
                    })?,
                media_resources: resources,
            },
            send_to_all_subscribers: None,
            subscribers: None,
        };
        let response = client
            .send_action()
            .group_id(group.as_str())
            .body(body)
            .send()
            .await?;
        Ok::<_, kaizala_ext::Error>(response.into_inner())
    }
    .await;
    settle(&client).await;
    out.json(&result?);
    Ok(())
}

/// `kaizala media send`.
pub async fn media_send(settings: &Settings, out: Output, m: &ArgMatches) -> Result<(), Fail> {
    let group = m.get_one::<String>("group").cloned().unwrap_or_default();
    let media = media_of(m, out).await?;
    let client = client(settings, true)?;
    let result = client
        .upload_and_send(&group, &media, m.get_one::<String>("caption").cloned())
        .await;
    settle(&client).await;
    out.json(&result?);
    Ok(())
}

/// `kaizala media upload`.
pub async fn media_upload(settings: &Settings, out: Output, m: &ArgMatches) -> Result<(), Fail> {
    let media = media_of(m, out).await?;
    let client = client(settings, true)?;
    let result = client.upload_media(&media).await;
    settle(&client).await;
    out.json(&json!({ "mediaResource": result? }));
    Ok(())
}

async fn media_of(m: &ArgMatches, out: Output) -> Result<Media, Fail> {
    let path = m.get_one::<PathBuf>("file").cloned().unwrap_or_default();
    let media = checked_media(&path, m).await?;
    let quiet = out.quiet;
    Ok(media.with_progress(move |sent, total| {
        if !quiet && (sent == total || sent % (1 << 20) < 65536) {
            eprint!("\ruploaded {sent} of {total} bytes");
            if sent == total {
                eprintln!();
            }
        }
    }))
}

/// A local file to upload, refused before any call when it is not a media
/// type Kaizala takes, missing, or over the size limit.
async fn checked_media(path: &Path, m: &ArgMatches) -> Result<Media, Fail> {
    let media = Media::from_path(path).await?;
    let limit = m
        .get_one::<u64>("max-bytes")
        .copied()
        .unwrap_or(DEFAULT_MAX_UPLOAD_BYTES);
    if media.len() > limit {
        return Err(Fail::input(format!(
            "{} is {}, over the {} this command uploads (--max-bytes raises it)",
            path.display(),
            size(media.len()),
            size(limit),
        )));
    }
    Ok(media)
}

/// `5368709120` → `5.0 GiB (5368709120 bytes)`.
fn size(bytes: u64) -> String {
    const GIB: f64 = (1u64 << 30) as f64;
    const MIB: f64 = (1u64 << 20) as f64;
    let b = bytes as f64;
    if b >= GIB {
        format!("{:.1} GiB ({bytes} bytes)", b / GIB)
    } else if b >= MIB {
        format!("{:.1} MiB ({bytes} bytes)", b / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// `kaizala list ...`.
pub async fn list(
    settings: &Settings,
    out: Output,
    what: &str,
    m: &ArgMatches,
) -> Result<(), Fail> {
    let client = client(settings, true)?;
    let result = list_with(&client, out, what, m).await;
    settle(&client).await;
    result
}

async fn list_with(
    client: &kaizala_api::Client,
    out: Output,
    what: &str,
    m: &ArgMatches,
) -> Result<(), Fail> {
    let group = || m.get_one::<String>("group").cloned().unwrap_or_default();
    match what {
        "groups" => {
            let groups = client.list_groups().send().await?;
            groups.groups.iter().for_each(|g| out.json(g));
        }
        "members" => {
            let members = client.list_members().group_id(group()).send().await?;
            members.members.iter().for_each(|x| out.json(x));
        }
        "subscribers" => {
            let group = group();
            let mut stream = match m.get_one::<u32>("page-size") {
                Some(size) => client.subscribers_paged(&group, *size),
                None => client.subscribers(&group),
            };
            while let Some(item) = stream.next().await {
                out.json(&item?);
            }
        }
        "actions" => {
            let mut query = ActionsQuery::new();
            if let Some(count) = m.get_one::<u32>("count") {
                query = query.count(*count);
            }
            let action_type = m.get_one::<String>("type").cloned().unwrap_or_default();
            let mut stream = client.actions(&group(), &action_type, query);
            while let Some(item) = stream.next().await {
                out.json(&item?);
            }
        }
        "responses" => {
            let action = m.get_one::<String>("action").cloned().unwrap_or_default();
            let details = client
                .get_action()
                .group_id(group())
                .action_id(action)
                .get_details(true)
                .send()
                .await?;
            let value = serde_json::to_value(&*details)
                .map_err(|e| Fail::other(format!("cannot encode the Action: {e}")))?;
            for response in responses_in(&value) {
                out.json(response);
            }
        }
        other => return Err(Fail::input(format!("cannot list {other}"))),
    }
    Ok(())
}

/// The individual responses in an Action's details (one Action, or the
/// list shape the docs' sample shows).
fn responses_in(value: &Value) -> Vec<&Value> {
    fn of(action: &Value) -> impl Iterator<Item = &Value> {
        action
            .get("actionDetails")
            .and_then(|d| d.get("responses"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
    }
    match value.get("actions").and_then(Value::as_array) {
        Some(actions) => actions.iter().flat_map(of).collect(),
        None => of(value).collect(),
    }
}

/// `kaizala bulk ...`.
pub async fn bulk(
    settings: &Settings,
    out: Output,
    what: &str,
    m: &ArgMatches,
) -> Result<(), Fail> {
    let group = m.get_one::<String>("group").cloned().unwrap_or_default();
    let file = m.get_one::<PathBuf>("file").cloned().unwrap_or_default();
    let items = if what == "remove-members" {
        let ids = lines_of(&file)?;
        if ids.is_empty() {
            return Err(Fail::input(format!(
                "{} lists no member ids",
                file.display()
            )));
        }
        ids.into_iter().map(|(_, l)| l).collect()
    } else {
        numbers_of(&file)?
    };
    let options = progress_options(out);
    let client = client(settings, true)?;
    let result = match what {
        "add-members" => client.add_members_bulk(&group, &items, &options).await,
        "remove-members" => client.remove_members_bulk(&group, &items, &options).await,
        "add-subscribers" => client.add_subscribers_bulk(&group, &items, &options).await,
        "remove-subscribers" => {
            client
                .remove_subscribers_bulk(&group, &items, &options)
                .await
        }
        other => return Err(Fail::input(format!("no bulk job {other}"))),
    };
    settle(&client).await;
    bulk_outcome(out, result?)
}

/// Bulk options that print progress on stderr (unless `--quiet`).
fn progress_options(out: Output) -> BulkOptions {
    let quiet = out.quiet;
    BulkOptions::new().on_progress(move |p| {
        if !quiet {
            eprintln!(
                "{} of {} done ({} succeeded, {} failed, {} calls)",
                p.done, p.total, p.succeeded, p.failed, p.calls
            );
        }
    })
}

/// Prints a bulk report; exit code 7 when some items failed.
fn bulk_outcome(out: Output, report: BulkReport) -> Result<(), Fail> {
    out.json(&report_json(&report));
    if report.all_succeeded() {
        Ok(())
    } else {
        Err(Fail {
            kind: Kind::Partial,
            message: format!(
                "{} of {} items failed (the report on stdout says why); {} may succeed if tried again",
                report.failed.len(),
                report.total(),
                report.retryable().len()
            ),
        })
    }
}

fn report_json(report: &BulkReport) -> Value {
    json!({
        "succeeded": report.succeeded,
        "failed": report.failed.iter().map(|f| json!({
            "item": f.item,
            "line": f.index + 1,
            "reason": f.reason.to_string(),
        })).collect::<Vec<_>>(),
        "calls": report.calls,
        "references": report.references,
    })
}

/// `kaizala webhooks listen`.
pub async fn listen(out: Output, m: &ArgMatches) -> Result<(), Fail> {
    use kaizala_ext::webhook::{KaizalaEvent, WebhookReceiver};
    let bind = m
        .get_one::<std::net::SocketAddr>("bind")
        .copied()
        .unwrap_or_else(|| std::net::SocketAddr::from(([127, 0, 0, 1], 8090)));
    let path = m
        .get_one::<String>("path")
        .cloned()
        .unwrap_or_else(|| "/kaizala/webhook".to_owned());
    if !path.starts_with('/') {
        return Err(Fail::input(format!("the path {path:?} must start with /")));
    }
    let builder = if m.get_flag("no-token-check") {
        WebhookReceiver::builder_without_token_check()
    } else {
        let token = std::env::var(env::CALLBACK_TOKEN).unwrap_or_default();
        if token.trim().is_empty() {
            return Err(Fail::input(format!(
                "set {} to the webhook's callback token, or pass --no-token-check",
                env::CALLBACK_TOKEN
            )));
        }
        WebhookReceiver::builder(SecretString::from(token))
    };
    let limit = m.get_one::<u64>("count").copied();
    let (done_tx, mut done_rx) = tokio::sync::mpsc::channel::<()>(1);
    let seen = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let receiver = builder
        .build(move |event: KaizalaEvent| {
            let done_tx = done_tx.clone();
            let seen = seen.clone();
            async move {
                out.json(event.envelope());
                let n = seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                if limit.is_some_and(|l| n >= l) {
                    let _ = done_tx.try_send(());
                }
                Ok::<_, std::io::Error>(())
            }
        })
        .map_err(|e| Fail::input(e.to_string()))?;
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| Fail::input(format!("cannot listen on {bind}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| Fail::other(format!("cannot read the listening address: {e}")))?;
    out.note(format!("listening on http://{local}{path}"));
    let app = receiver.into_router(&path);
    let shutdown = async move {
        tokio::select! {
            _ = done_rx.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
        // Let the last delivery's answer go out.
        tokio::time::sleep(LAST_ANSWER_GRACE).await;
    };
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| Fail::other(format!("the webhook receiver stopped: {e}")))
}
