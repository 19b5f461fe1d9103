//! The OAuth 2.0 authorization-code flow (Tokens.md) against the in-process
//! emulator: build the authorize URL, follow it as the user's browser would
//! (the emulator signs the user in and redirects with a code), exchange the
//! code for an access token, and call the API with it through a
//! `KaizalaClient` built on the grant.
//!
//! ```sh
//! cargo run -p kaizala-ext --example oauth
//! ```

use kaizala_emulator::Emulator;
use kaizala_ext::oauth::{OAuthApp, OAuthError};
use kaizala_ext::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emu = Emulator::start().await?;
    let connector = emu.connector();
    let app = OAuthApp::new(
        connector.application_id,
        connector.application_secret,
        "http://127.0.0.1:9/kaizala/callback",
    )
    .with_oauth_root(emu.oauth_url());

    // Step 2: the URL the user opens.
    // It carries a fresh random `state`: keep it in the user's session.
    let authorization = app.authorize_url()?;
    println!("authorize at {}", authorization.url());

    // Step 3: the browser signs in and is redirected; here we just read the redirect.
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let redirect = http.get(authorization.url().clone()).send().await?;
    let location = redirect
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .ok_or("the authorize endpoint did not redirect")?
        .to_owned();
    // The redirect's state must be the one kept, or nothing is exchanged.
    let code = OAuthApp::code_from_redirect(&location, authorization.state())?;
    println!("redirected back with a code and the state kept");

    // Step 4: exchange the code (once) for an access token.
    let grant = app.exchange_code(code.clone()).await?;
    println!("{grant:?}");
    // Step 5: a KaizalaClient on the grant: endpoint moves, throttling,
    // retries and typed errors as with connector credentials; once the token
    // expires, Error::ReauthorizationRequired says to authorise again.
    let client = kaizala_ext::KaizalaClient::builder()
        .oauth_grant(grant)
        .auth_root(emu.auth_url())
        .build()?;
    let groups = client.list_groups().send().await?;
    println!(
        "{} groups reachable with the OAuth token",
        groups.groups.len()
    );

    // A code works once.
    match app.exchange_code(code).await {
        Err(OAuthError::Rejected { status, .. }) => {
            println!("reusing the code: refused ({status})")
        }
        other => println!("unexpected: {other:?}"),
    }
    emu.shutdown().await;
    Ok(())
}
