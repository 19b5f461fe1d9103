//! The first hour: `cargo run -p kaizala-emulator` prints `export` lines and
//! sample group ids that work as printed: the exported credentials get an
//! access token from the exported auth root, and the sample group is there.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn the_banner_exports_work_as_printed_and_name_the_sample_groups() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kaizala-emulator"))
        .args(["--port", "0", "--quiet"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn()
        .expect("the emulator starts");
    let stdout = child.stdout.take().expect("stdout");
    let _running = Running(child);
    // The banner ends with the Ctrl-C line; read it on a blocking thread.
    let banner = tokio::task::spawn_blocking(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("a line");
            let done = line.contains("Ctrl-C");
            lines.push(line);
            if done || lines.len() > 100 {
                break;
            }
        }
        lines
    });
    let banner = tokio::time::timeout(std::time::Duration::from_secs(60), banner)
        .await
        .expect("the banner within a minute")
        .expect("read");
    let text = banner.join("\n");
    let exports: HashMap<&str, &str> = banner
        .iter()
        .filter_map(|l| l.strip_prefix("export ")?.split_once('='))
        .collect();
    for name in [
        "KAIZALA_AUTH_ROOT",
        "KAIZALA_APPLICATION_ID",
        "KAIZALA_APPLICATION_SECRET",
        "KAIZALA_REFRESH_TOKEN",
    ] {
        assert!(exports.contains_key(name), "no export of {name}:\n{text}");
    }
    assert!(
        text.contains("sample groups      sample-group (Group)"),
        "{text}"
    );

    let http = reqwest::Client::builder()
        .tls_backend_rustls()
        .build()
        .unwrap();
    let token: serde_json::Value = http
        .get(format!("{}/accessToken", exports["KAIZALA_AUTH_ROOT"]))
        .header("applicationId", exports["KAIZALA_APPLICATION_ID"])
        .header("applicationSecret", exports["KAIZALA_APPLICATION_SECRET"])
        .header("refreshToken", exports["KAIZALA_REFRESH_TOKEN"])
        .send()
        .await
        .expect("the auth root answers")
        .json()
        .await
        .expect("JSON");
    let endpoint = token["endpointUrl"].as_str().expect("an endpointUrl");
    let group = http
        .get(format!("{endpoint}v1/groups/sample-group"))
        .header(
            "accessToken",
            token["accessToken"].as_str().expect("a token"),
        )
        .send()
        .await
        .expect("the tenant answers");
    assert_eq!(group.status(), 200, "{text}");
}
