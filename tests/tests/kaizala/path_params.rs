//! Issue 9 §2: a path parameter can never move a request to another
//! endpoint. progenitor percent-encodes `/`, `?`, `#` and `%`, but URL
//! parsing removes `.` and `..` segments and reads `\` as `/`, so
//! `GET /groups/g1/actions/..` would become `GET /groups/g1/`. The seam
//! refuses such ids before the network; every other value stays inside its
//! own segment.

use kaizala_api::testing::CaptureServer;
use kaizala_api::{Error, operations, validate};

const HOSTILE: [&str; 12] = [
    "..",
    ".",
    "%2e%2e",
    "%2E.",
    "a/b",
    "x?y=1",
    "#",
    "a\\b",
    "..\\..",
    "%2F",
    "",
    "a/../../b",
];

/// The URL the generated client builds for `path` with every parameter set
/// to `value`, as its code does: `format!("{}/groups/{}", baseurl, encode_path(..))`.
fn url_for(base: &str, path: &str, value: &str) -> reqwest::Url {
    let mut out = String::from(base);
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').expect("closed") + open;
        out.push_str(&rest[..open]);
        out.push_str(&progenitor_client::encode_path(value));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    reqwest::Url::parse(&out).expect("progenitor's URLs parse")
}

// Fails before the fix: `..` and `.` left every operation's path.
#[test]
fn no_path_parameter_of_any_operation_leaves_its_endpoint() {
    let base = "https://kms.kaiza.la/v1";
    let with_params: Vec<_> = operations::all()
        .iter()
        .filter(|op| op.path.contains('{'))
        .collect();
    assert!(with_params.len() >= 15, "{} operations", with_params.len());
    for op in with_params {
        let segments = op.path.trim_start_matches('/').split('/').count();
        for value in HOSTILE {
            let url = url_for(base, op.path, value);
            match validate::path(op, base, &url) {
                Err(refused) => {
                    let text = refused.to_string();
                    assert!(text.contains(op.id), "{text}");
                    assert!(text.contains("another endpoint"), "{text}");
                }
                Ok(()) => {
                    // Accepted: the request stays on the template's shape,
                    // literal segments unchanged, the value in its own segment.
                    let rest = url.path().strip_prefix("/v1/").expect("under the base");
                    let got: Vec<&str> = rest.split('/').collect();
                    assert_eq!(got.len(), segments, "{} with {value:?}: {url}", op.id);
                    for (t, g) in op.path.trim_start_matches('/').split('/').zip(&got) {
                        if !t.starts_with('{') {
                            assert_eq!(t, *g, "{} with {value:?}: {url}", op.id);
                        }
                    }
                    assert!(url.fragment().is_none(), "{url}");
                    assert!(
                        url.query().is_none() || !value.contains('?'),
                        "{} with {value:?}: {url}",
                        op.id
                    );
                }
            }
        }
    }
}

#[tokio::test]
async fn dot_segment_ids_fail_before_the_network() {
    let server = CaptureServer::start().await.expect("server");
    let client = server.client();
    for id in ["..", ".", "a\\..\\.."] {
        let error = client
            .get_action()
            .group_id("g1")
            .action_id(id)
            .send()
            .await
            .expect_err("refused");
        assert!(
            matches!(&error, Error::InvalidInput { message: m } if m.contains("{actionId}")),
            "{error:?}"
        );
        let error = client
            .delete_webhook()
            .webhook_id(id)
            .send()
            .await
            .expect_err("refused");
        assert!(
            matches!(&error, Error::InvalidInput { message: m } if m.contains("{webhookId}")),
            "{error:?}"
        );
    }
    assert!(server.requests().is_empty(), "nothing may reach the server");
}

#[tokio::test]
async fn separators_in_ids_stay_inside_their_segment() {
    let server = CaptureServer::start().await.expect("server");
    let client = server.client();
    for (id, encoded) in [
        ("a/b", "a%2Fb"),
        ("x?y=1", "x%3Fy=1"),
        ("#", "%23"),
        ("%2e%2e", "%252e%252e"),
    ] {
        let _ = client.delete_webhook().webhook_id(id).send().await;
        let sent = server.requests().pop().expect("sent");
        assert_eq!(sent.method, "DELETE");
        assert_eq!(sent.path, format!("/webhook/{encoded}"), "{id}");
    }
}

// Found in review: a server that decodes `%2F` before routing (IIS/http.sys,
// which Kaizala ran on) would read `..%2F..` as `../..`, i.e. `DELETE /`.
// Ids whose once-decoded segment walks up the path are refused.
#[test]
fn decoded_ids_with_dot_segments_are_refused() {
    let base = "https://kms.kaiza.la/v1";
    let mut accepted = Vec::new();
    for op in operations::all().iter().filter(|op| op.path.contains('{')) {
        for value in ["../..", "a/../../..", "./..", "../"] {
            let url = url_for(base, op.path, value);
            if validate::path(op, base, &url).is_ok() {
                accepted.push(format!("{} {value:?} -> {}", op.id, url.path()));
            }
        }
    }
    assert!(
        accepted.is_empty(),
        "{} ids whose once-decoded segment walks up the path were accepted, e.g.\n{}",
        accepted.len(),
        accepted[..accepted.len().min(5)].join("\n")
    );
}
