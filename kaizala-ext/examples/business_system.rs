//! The setup a business system uses: credentials from the environment, the
//! refresh token in a file that survives restarts (and rotation), default
//! retries, and logs through `tracing`.
//!
//! ```sh
//! export KAIZALA_APPLICATION_ID=...        # connector id
//! export KAIZALA_APPLICATION_SECRET=...    # connector secret
//! export KAIZALA_REFRESH_TOKEN=...         # first run only; later runs use the file
//! export KAIZALA_TOKEN_FILE=/var/lib/my-connector/refresh-token
//! # optional: KAIZALA_AUTH_ROOT=http://127.0.0.1:8080/v1 (an emulator)
//! # optional: KAIZALA_GROUP_ID=... and KAIZALA_MEDIA=report.pdf to send a file
//! cargo run -p kaizala-ext --example business_system
//! ```

use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, Error, FileStore, KaizalaClient, Media, RetryPolicy};

#[tokio::main]
async fn main() -> Result<(), Error> {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .init();

    let token_file =
        std::env::var("KAIZALA_TOKEN_FILE").unwrap_or_else(|_| "kaizala-refresh-token".to_owned());
    let mut builder = KaizalaClient::builder()
        .credentials(Credentials::from_env()?)
        .token_store(FileStore::new(token_file))
        .retry(RetryPolicy::default());
    if let Ok(root) = std::env::var("KAIZALA_AUTH_ROOT") {
        builder = builder.auth_root(root);
    }
    let client = builder.build()?;

    // Every generated operation is a method of the client; `?` turns its
    // errors into kaizala_ext::Error.
    let groups = client.list_groups().send().await?;
    for group in &groups.groups {
        println!("{}", group.group_id);
    }

    if let (Ok(group), Ok(file)) = (
        std::env::var("KAIZALA_GROUP_ID"),
        std::env::var("KAIZALA_MEDIA"),
    ) {
        let media = Media::from_path(&file).await?.with_progress(|sent, total| {
            tracing::info!(sent, total, "uploading");
        });
        match client
            .upload_and_send(
                &group,
                &media,
                Some(format!("{file} from the business system")),
            )
            .await
        {
            Ok(sent) => println!("sent as {}", sent.reference_id),
            Err(e) if e.is_retryable() => eprintln!("try again later: {e}"),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
