//! The request shape of `uploadMedia`, the one operation progenitor cannot
//! generate (multipart): kaizala-ext streams it, through the same capture
//! harness the generated operations are snapshotted with.

use kaizala_api::testing::{CaptureServer, RecordedRequest};
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, KaizalaClient, Media, SecretString};
use serde_json::json;

/// The multipart boundary is random; replace it so the snapshot is stable.
fn without_boundary(mut request: RecordedRequest) -> RecordedRequest {
    let boundary = request
        .headers
        .get("content-type")
        .and_then(|ct| ct.split("boundary=").nth(1))
        .map(str::to_owned)
        .expect("a multipart content type with a boundary");
    for value in request.headers.values_mut() {
        *value = value.replace(&boundary, "BOUNDARY");
    }
    if let serde_json::Value::String(body) = &mut request.body {
        *body = body.replace(&boundary, "BOUNDARY");
    }
    request
}

#[tokio::test]
async fn upload_media_sends_one_multipart_part_with_the_media_type() {
    let server = CaptureServer::start().await.expect("capture server");
    server.respond(
        "GET",
        "/accessToken",
        200,
        json!({
            "accessToken": "at-1",
            "endpointUrl": format!("{}/", server.url()),
            "accessTokenExpiry": 4_102_444_800_000_i64,
            "refreshToken": "",
            "scope": "token.write"
        }),
    );
    server.respond(
        "POST",
        "/media",
        200,
        json!({"mediaResource": "media-resource-1"}),
    );
    let client = KaizalaClient::builder()
        .credentials(Credentials::new(
            "app-1",
            SecretString::from("app-secret"),
            Some(SecretString::from("refresh-token")),
        ))
        .auth_root(server.base_url())
        .build()
        .expect("client");

    let png = b"\x89PNG\r\n\x1a\nnot really an image".to_vec();
    let resource = client
        .upload_media(&Media::from_bytes("site-4.png", png).expect("png is supported"))
        .await
        .expect("upload");
    assert_eq!(resource, "media-resource-1");

    let requests = server.requests();
    assert_eq!(
        requests.len(),
        2,
        "the token, then the upload: {requests:#?}"
    );
    assert_eq!(requests[0].path, "/accessToken");
    let upload = without_boundary(requests[1].clone());
    assert!(
        upload.headers["content-type"].starts_with("multipart/form-data; boundary="),
        "{upload:?}"
    );
    insta::assert_json_snapshot!("uploadMedia", vec![upload]);
}

// The one client type: a fixed-token client (the capture server's) gets the
// helper too, through the same runtime, and sends the same request; it
// reports a token that does not refresh, and no budget.
#[tokio::test]
async fn a_fixed_token_client_uploads_the_same_request_through_its_layer() {
    let server = CaptureServer::start().await.expect("capture server");
    server.respond(
        "POST",
        "/media",
        200,
        json!({"mediaResource": "media-resource-2"}),
    );
    let client = server.client();
    assert!(!client.token_status().refreshing);
    assert!(client.connector_budget().is_none());

    let png = b"\x89PNG\r\n\x1a\nnot really an image".to_vec();
    let resource = client
        .upload_media(&Media::from_bytes("site-4.png", png).expect("png is supported"))
        .await
        .expect("upload");
    assert_eq!(resource, "media-resource-2");
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:#?}");
    insta::assert_json_snapshot!("uploadMedia", vec![without_boundary(requests[0].clone())]);

    // A layer error (a token that cannot be a header value) keeps its type.
    let bad =
        kaizala_api::Client::with_access_token(&server.url(), SecretString::from("line\nbreak"))
            .expect("client");
    let err = bad
        .upload_media(&Media::from_bytes("a.png", b"x".to_vec()).expect("png"))
        .await
        .expect_err("the token cannot be sent");
    assert!(
        err.to_string().contains("cannot be sent in an HTTP header"),
        "{err}"
    );
    assert_eq!(server.requests().len(), 1, "nothing more was sent");
}

// A fixed-token client normalises its endpoint with the same strict
// normaliser as the refreshing client: an endpoint with `..` segments fails
// each tenant call before the network, with the typed error.
#[tokio::test]
async fn a_fixed_token_client_refuses_a_hostile_endpoint_before_the_network() {
    let server = CaptureServer::start().await.expect("capture server");
    let client = kaizala_api::Client::with_access_token(
        &format!("{}/../evil/", server.url()),
        SecretString::from("t"),
    )
    .expect("client");
    let err = client
        .upload_media(&Media::from_bytes("a.png", b"x".to_vec()).expect("png"))
        .await
        .expect_err("the endpoint cannot be used");
    assert!(
        matches!(err, kaizala_ext::Error::InvalidEndpoint { .. }),
        "{err:?}"
    );
    let err = client.list_groups().send().await.expect_err("refused");
    assert!(err.to_string().contains("`.` or `..`"), "{err}");
    assert!(server.requests().is_empty(), "nothing was sent");
}
