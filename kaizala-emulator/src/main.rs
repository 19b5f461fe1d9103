//! `kaizala-emulator`: serves the Kaizala emulator on 127.0.0.1 until Ctrl-C.
//!
//! ```text
//! cargo run -p kaizala-emulator -- --port 8080
//! ```
//!
//! It starts with sample data (groups with fixed ids) and prints `export` lines that point
//! `kaizala_ext::Credentials::from_env` and the client builder at it.

use std::process::ExitCode;
use std::time::Duration;

use kaizala_emulator::{
    Emulator, SAMPLE_GROUP_ID, SAMPLE_PUBLIC_GROUP_ID, SAMPLE_SUB_GROUP_ID, SEEDED_USERS,
    ThrottleConfig, WebhookConfig,
};

const USAGE: &str = "\
Usage: kaizala-emulator [--port N] [--token-lifetime SECONDS] [--no-throttle]
                        [--auth-on-tenant-base] [--allow-remote-callbacks]
                        [--access-token TOKEN] [--no-sample-data] [--quiet]

Serves an in-memory emulator of the Kaizala connector REST API on 127.0.0.1
until Ctrl-C, printing the seeded connector credentials, every PIN it
\"texts\" and every call it answers.

  --port N                  port to listen on (default 8080; 0 picks a free one)
  --token-lifetime SECONDS  access-token lifetime (default 86400, as the service)
  --no-throttle             disable the 100/min per connector, 300/min per tenant limits
  --auth-on-tenant-base     also serve the auth operations on the tenant base
  --allow-remote-callbacks  let webhooks call back to hosts other than this machine
  --access-token TOKEN      also accept TOKEN as a never-expiring access token of the
                            default connector (for conformance tools)
  --no-sample-data          start empty (by default it seeds groups, a survey, a job, a
                            message and a webhook with fixed ids: sample-group,
                            sample-public-group, sample-survey, ...; --sample-data is
                            accepted and changes nothing)
  --quiet                   do not log each call";

struct Args {
    port: u16,
    lifetime: Option<u64>,
    throttle: bool,
    auth_on_tenant: bool,
    remote_callbacks: bool,
    access_token: Option<String>,
    sample_data: bool,
    quiet: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        port: 8080,
        lifetime: None,
        throttle: true,
        auth_on_tenant: false,
        remote_callbacks: false,
        access_token: None,
        sample_data: true,
        quiet: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (a.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--port" | "-p" => {
                let v = value("--port")?;
                args.port = v.parse().map_err(|_| format!("invalid port '{v}'"))?;
            }
            "--token-lifetime" => {
                let v = value("--token-lifetime")?;
                args.lifetime = Some(v.parse().map_err(|_| format!("invalid lifetime '{v}'"))?);
            }
            "--no-throttle" => args.throttle = false,
            "--auth-on-tenant-base" => args.auth_on_tenant = true,
            "--allow-remote-callbacks" => args.remote_callbacks = true,
            "--access-token" => args.access_token = Some(value("--access-token")?),
            "--sample-data" => args.sample_data = true,
            "--no-sample-data" => args.sample_data = false,
            "--quiet" | "-q" => args.quiet = true,
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    Ok(args)
}

/// Resolves on Ctrl-C (and on SIGTERM on Unix).
async fn wait_for_stop() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    if tokio::signal::ctrl_c().await.is_err() {
        eprintln!("error: cannot wait for Ctrl-C");
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Emulator::builder()
        .port(args.port)
        .log_to_stdout(!args.quiet)
        .auth_on_tenant_base(args.auth_on_tenant)
        .sample_data(args.sample_data)
        .webhooks(WebhookConfig {
            allow_remote_callbacks: args.remote_callbacks,
            ..WebhookConfig::default()
        })
        .throttle(ThrottleConfig {
            enabled: args.throttle,
            ..ThrottleConfig::default()
        });
    if let Some(token) = &args.access_token {
        builder = builder.static_access_token(token.clone());
    }
    if let Some(secs) = args.lifetime {
        builder = builder.access_token_lifetime(Duration::from_secs(secs));
    }
    let emu = match builder.start().await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {e}", args.port);
            return ExitCode::FAILURE;
        }
    };
    let c = emu.connector();
    println!("Kaizala emulator listening on {}", emu.origin());
    println!("  auth base      {}", emu.auth_url());
    println!("  OAuth root     {}", emu.oauth_url());
    println!(
        "  endpointUrl    {}   (operations under {}v1)",
        emu.endpoint_url(),
        emu.endpoint_url()
    );
    println!("  applicationId      {}", c.application_id);
    println!("  applicationSecret  {}", c.application_secret);
    println!(
        "  refreshToken       {}   (acts as {})",
        c.refresh_token, c.mobile_number
    );
    let others: Vec<String> = SEEDED_USERS
        .iter()
        .map(|(m, n)| format!("{m} ({n})"))
        .collect();
    println!("  other users        {}", others.join(", "));
    if args.sample_data {
        println!(
            "  sample groups      {SAMPLE_GROUP_ID} (Group), {SAMPLE_SUB_GROUP_ID} (its sub-group), \
             {SAMPLE_PUBLIC_GROUP_ID} (ConnectGroup)"
        );
    }
    println!();
    println!("To point a kaizala-ext program at this emulator (Credentials::from_env), paste:");
    for (name, value) in [
        ("KAIZALA_AUTH_ROOT", emu.auth_url()),
        ("KAIZALA_APPLICATION_ID", c.application_id.clone()),
        ("KAIZALA_APPLICATION_SECRET", c.application_secret.clone()),
        ("KAIZALA_REFRESH_TOKEN", c.refresh_token.clone()),
    ] {
        println!("export {name}={}", shell_quoted(&value));
    }
    println!();
    println!("PINs from generatePin are printed below. Ctrl-C to stop.");
    wait_for_stop().await;
    println!("stopping");
    emu.shutdown().await;
    ExitCode::SUCCESS
}

/// `value` as one shell word: as is when it is plain, else in single quotes.
fn shell_quoted(value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c));
    if plain {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', "'\\''"))
    }
}
