//! Configuration from the environment: `Credentials::from_env` names every
//! missing variable at once, and `KAIZALA_AUTH_ROOT` points the builder at
//! another auth root (the emulator). It changes the process environment:
//! `main.rs` runs it first and alone, and it removes what it set.

use kaizala_emulator::Emulator;
use kaizala_ext::prelude::*;
use kaizala_ext::{AUTH_ROOT_ENV, Credentials, SecretString};

fn set(name: &str, value: Option<&str>) {
    // SAFETY: `main.rs` runs this test before any other starts a thread, and
    // nothing else runs while it does; it sets variables before starting
    // anything that reads the environment on another thread.
    unsafe {
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
    }
}

const NAMES: [&str; 4] = [
    "KAIZALA_APPLICATION_ID",
    "KAIZALA_APPLICATION_SECRET",
    "KAIZALA_REFRESH_TOKEN",
    AUTH_ROOT_ENV,
];

pub fn the_environment_configures_credentials_and_the_auth_root() {
    for name in NAMES {
        set(name, None);
    }
    // Before: only the first missing variable was named.
    let err = Credentials::from_env()
        .expect_err("nothing set")
        .to_string();
    assert!(err.contains("KAIZALA_APPLICATION_ID"), "{err}");
    assert!(err.contains("KAIZALA_APPLICATION_SECRET"), "{err}");
    set("KAIZALA_APPLICATION_ID", Some("app"));
    set("KAIZALA_APPLICATION_SECRET", Some("   "));
    let err = Credentials::from_env()
        .expect_err("blank secret")
        .to_string();
    assert!(err.contains("KAIZALA_APPLICATION_SECRET"), "{err}");
    assert!(!err.contains("KAIZALA_APPLICATION_ID ("), "{err}");

    // The emulator's banner exports these; nothing else points the client at it.
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let emu = runtime.block_on(Emulator::start()).expect("emulator");
    let c = emu.connector();
    set("KAIZALA_APPLICATION_ID", Some(&c.application_id));
    set("KAIZALA_APPLICATION_SECRET", Some(&c.application_secret));
    set("KAIZALA_REFRESH_TOKEN", Some(&c.refresh_token));
    set(AUTH_ROOT_ENV, Some(&emu.auth_url()));
    let client = KaizalaClient::builder()
        .credentials(Credentials::from_env().expect("all set"))
        .build()
        .expect("client builds");
    let groups = runtime
        .block_on(client.list_groups().send())
        .expect("the emulator answers");
    assert!(groups.groups.is_empty());
    assert_eq!(emu.access_token_calls(), 1);

    // An explicit auth root wins over the variable.
    let explicit = KaizalaClient::builder()
        .credentials(Credentials::new("app", SecretString::from("s"), None))
        .auth_root("http://127.0.0.1:9/v1")
        .build()
        .expect("client builds");
    assert!(runtime.block_on(explicit.list_groups().send()).is_err());
    assert_eq!(emu.access_token_calls(), 1);
    drop(runtime);
    // The later tests of the binary (and their child processes) see none of it.
    for name in NAMES {
        set(name, None);
    }
}
