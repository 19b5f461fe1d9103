//! Review of issue 9 §2. `validate::path` decodes each segment once "as the
//! server does before routing", then refuses only `""`, `.` and `..`. A
//! value whose decoded form *contains* a `/` with dot segments passes: the
//! wire carries `/webhook/..%2F..`, and a server that decodes `%2F` before
//! routing and then canonicalises (IIS/http.sys, which Kaizala ran on, is
//! known to decode `%2F` before ASP.NET routing) sees `/webhook/../..`,
//! i.e. `DELETE /` — the exact case the issue names. The validator's own
//! model of the server says this value must be refused.

use kaizala_api::{operations, validate};

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

#[test]
fn review_decoded_ids_with_dot_segments_are_refused() {
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
