//! The exact request every operation sends: method, path, query, headers
//! (secrets redacted) and JSON body, snapshotted with insta through the public
//! capture harness (`kaizala_api::testing`), exactly as a user would.
//!
//! Snapshot names start with the operationId (`sendAction-job`), which is how
//! `coverage.rs` checks that no operation lacks one.

use std::future::Future;

use kaizala_api::testing::{CaptureServer, RecordedRequest};
use kaizala_api::types::{
    ActionPackageBody, ActionPackageRequest, ActionPackageResponseRequest, ActionProperty,
    ActionPropertyType, ActionRequest, ActionResponseRequest, AddBotToGroupRequest,
    AddMembersRequest, AddReactionRequest, AddSubGroupRequest, AnnouncementBody, CreateBotRequest,
    CreateGroupRequest, CreateSubGroupRequest, CreateWebhookRequest, GeneratePinRequest, GroupType,
    JobBody, JobResponseBody, LetsMeetBody, Location, LocationAnswer, LoginWithPinRequest,
    MediaBody, MediaUrlRequest, OAuthTokenRequest, PhoneNumber, PollBody, PollChoice, Question,
    QuestionOption, QuestionType, ReactionType, SendMessageRequest, StringBoolean,
    SubscriberPageRequest, SubscribersRequest, SurveyAnswer, SurveyBody, SurveyResponseBody,
    UpdateActionPropertiesRequest, UpdateBotRequest, UpdateWebhookRequest, WebhookEventType,
    WebhookObjectType,
};
use kaizala_api::{Client, Error, ResponseValue};
use serde_json::{Value, json};

/// Answers `method path` with `response`, runs `call`, and returns what it
/// decoded plus the requests the server saw.
async fn capture<T, F, Fut>(
    method: &str,
    path: &str,
    response: Value,
    call: F,
) -> (T, Vec<RecordedRequest>)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = Result<ResponseValue<T>, Error>>,
{
    let server = CaptureServer::start().await.expect("capture server starts");
    server.respond(method, path, 200, response);
    let decoded = call(server.client())
        .await
        .unwrap_or_else(|e| panic!("{method} {path} failed: {e}"))
        .into_inner();
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "one request per call: {requests:#?}");
    (decoded, requests)
}

fn phone(number: &str) -> PhoneNumber {
    number.parse().expect("a valid E.164 number")
}

fn nz32(value: u32) -> std::num::NonZeroU32 {
    std::num::NonZeroU32::new(value).expect("not zero")
}

fn nz64(value: u64) -> std::num::NonZeroU64 {
    std::num::NonZeroU64::new(value).expect("not zero")
}

fn phones(numbers: &[&str]) -> Vec<PhoneNumber> {
    numbers.iter().map(|n| phone(n)).collect()
}

// ------------------------------------------------------------ authentication

#[tokio::test]
async fn generate_pin() {
    let (_, requests) = capture("POST", "/generatePin", json!({}), |c| async move {
        c.generate_pin()
            .body(GeneratePinRequest {
                mobile_number: phone("+911099999999"),
                application_id: "app-1".into(),
            })
            .send()
            .await
    })
    .await;
    insta::assert_json_snapshot!("generatePin", requests);
}

#[tokio::test]
async fn login_with_pin() {
    let response = json!({"refreshToken": "rt-new", "grantedScope": "token.write", "refreshTokenExpiry": 1_700_000_000_000_i64});
    let (login, requests) = capture(
        "POST",
        "/loginWithPinAndApplicationId",
        response,
        |c| async move {
            c.login_with_pin()
                .body(LoginWithPinRequest {
                    mobile_number: phone("+911099999999"),
                    application_id: "app-1".into(),
                    pin: "8876".into(),
                })
                .send()
                .await
        },
    )
    .await;
    assert_eq!(login.refresh_token.expose(), "rt-new");
    assert!(!format!("{login:?}").contains("rt-new"));
    // The live recording (swagger-2017.json, x-unitTests) sends `"pin": 8876`:
    // a JSON number. The snapshot keeps the form, never the value.
    // The capture server redacts it, keeping its JSON type visible.
    assert_eq!(requests[0].body["pin"], json!("[redacted number]"));
    insta::assert_json_snapshot!("loginWithPin", requests);
}

#[tokio::test]
async fn exchange_oauth_code_sends_a_form_and_the_snapshot_hides_its_secrets() {
    let response = json!({"accessToken": "at-oauth", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": 1_518_481_686_294_i64, "refreshToken": "", "scope": "token.write"});
    let (token, mut requests) = capture("POST", "/oauth/token", response, |c| async move {
        c.exchange_oauth_code()
            .body(OAuthTokenRequest {
                client_id: "app-1".into(),
                client_secret: "client-secret-value".into(),
                code: "one-time-code".into(),
            })
            .send()
            .await
    })
    .await;
    assert_eq!(token.access_token.expose(), "at-oauth");
    // Tokens.md: form-urlencoded client_id, client_secret, code.
    assert_eq!(
        requests[0].headers["content-type"],
        "application/x-www-form-urlencoded"
    );
    let form = requests[0].body.as_str().expect("a form body").to_owned();
    let pairs: Vec<(String, String)> = form
        .split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("client_id".to_owned(), "app-1".to_owned()),
            // Sent, but redacted by the capture server.
            ("client_secret".to_owned(), "[redacted]".to_owned()),
            ("code".to_owned(), "[redacted]".to_owned()),
        ]
    );
    // The snapshot keeps the form's shape, never the secret or the code.
    requests[0].body = Value::String(
        form.replace("client-secret-value", "[redacted]")
            .replace("one-time-code", "[redacted]"),
    );
    insta::assert_json_snapshot!("exchangeOauthCode", requests);
}

#[tokio::test]
async fn get_access_token_sends_credentials_as_headers_and_redacts_them() {
    let response = json!({"accessToken": "at-1", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": 1_518_481_686_294_i64, "refreshToken": null, "scope": "token.write"});
    let (token, requests) = capture("GET", "/accessToken", response, |c| async move {
        c.get_access_token()
            .application_id("app-1")
            .application_secret("app-secret-value")
            .refresh_token("refresh-token-value")
            .send()
            .await
    })
    .await;
    assert_eq!(token.access_token.expose(), "at-1");
    assert!(token.refresh_token.is_none());
    let shown = serde_json::to_string(&requests).expect("serialises");
    assert!(!shown.contains("app-secret-value") && !shown.contains("refresh-token-value"));
    assert!(
        !requests[0].headers.contains_key("accesstoken"),
        "the auth operations carry no access token"
    );
    insta::assert_json_snapshot!("getAccessToken", requests);
}

// -------------------------------------------------------------------- groups

#[tokio::test]
async fn create_group() {
    let response = json!({"groupId": "g1@1", "groupName": "Field team", "membersAdded": true});
    let (created, requests) = capture("POST", "/groups", response, |c| async move {
        c.create_group()
            .body(CreateGroupRequest {
                name: "Field team".into(),
                welcome_message: "Welcome to the field team".into(),
                members: phones(&["+911099999999", "+14155550100"]),
                group_type: Some(GroupType::Group),
            })
            .send()
            .await
    })
    .await;
    assert_eq!(created.group_id, "g1@1");
    insta::assert_json_snapshot!("createGroup", requests);
}

#[tokio::test]
async fn create_public_group() {
    let response = json!({"groupId": "pg1", "groupName": "Customers", "membersAdded": "true"});
    let (_, requests) = capture("POST", "/groups", response, |c| async move {
        c.create_group()
            .body(CreateGroupRequest {
                name: "Customers".into(),
                welcome_message: "Hello".into(),
                members: vec![],
                group_type: Some(GroupType::ConnectGroup),
            })
            .send()
            .await
    })
    .await;
    insta::assert_json_snapshot!("createGroup-public", requests);
}

#[tokio::test]
async fn list_groups() {
    let (groups, requests) = capture(
        "GET",
        "/groups",
        json!({"groups": [{"groupId": "g1@1", "groupName": "Field team"}]}),
        |c| async move {
            c.list_groups()
                .show_detail(true)
                .fetch_all_groups(false)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(groups.groups[0].group_id, "g1@1");
    let headers = &requests[0].headers;
    assert!(
        !headers.contains_key("api-version"),
        "Kaizala has no api-version header"
    );
    assert_eq!(
        headers["user-agent"],
        concat!("kaizala-rs/", env!("CARGO_PKG_VERSION"))
    );
    insta::assert_json_snapshot!("listGroups", requests);
}

#[tokio::test]
async fn get_group() {
    let (_, requests) = capture(
        "GET",
        "/groups/{groupId}",
        json!({"groups": [{"groupId": "g1@1"}]}),
        |c| async move { c.get_group().group_id("g1@1").send().await },
    )
    .await;
    insta::assert_json_snapshot!("getGroup", requests);
}

// ----------------------------------------------------------------- subgroups

#[tokio::test]
async fn create_sub_group() {
    let (_, requests) = capture(
        "POST",
        "/groups/{groupId}/subGroups",
        json!({"groupId": "sg1", "groupName": "North"}),
        |c| async move {
            c.create_sub_group()
                .group_id("g1")
                .body(CreateSubGroupRequest {
                    name: "North".into(),
                    group_name: "North".into(),
                    group_type: None,
                    group_image_url: None,
                    members: phones(&["+919652000000"]),
                    welcome_message: "Hello".into(),
                    add_user_to_group: Some(false),
                })
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("createSubGroup", requests);
}

#[tokio::test]
async fn add_sub_group() {
    let (_, requests) = capture(
        "PUT",
        "/groups/{groupId}/subGroups",
        json!({}),
        |c| async move {
            c.add_sub_group()
                .group_id("g1")
                .body(AddSubGroupRequest {
                    sub_groups: vec!["g2".into()],
                })
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("addSubGroup", requests);
}

#[tokio::test]
async fn list_sub_groups() {
    let (_, requests) = capture(
        "GET",
        "/groups/{groupId}/subGroups",
        json!({"groups": [{"groupId": "g1", "subGroups": [{"groupId": "g2"}]}]}),
        |c| async move {
            c.list_sub_groups()
                .group_id("g1")
                .fetch_all_groups(true)
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("listSubGroups", requests);
}

#[tokio::test]
async fn remove_sub_group() {
    let (_, requests) = capture(
        "DELETE",
        "/groups/{groupId}/subGroups/{subGroupId}",
        json!({"result": "true"}),
        |c| async move {
            c.remove_sub_group()
                .group_id("g1")
                .sub_group_id("g2")
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("removeSubGroup", requests);
}

// ------------------------------------------------------------------- members

#[tokio::test]
async fn add_members() {
    let (result, requests) = capture(
        "PUT",
        "/groups/{groupId}/members",
        json!({"result": "true"}),
        |c| async move {
            c.add_members()
                .group_id("g1@1")
                .body(AddMembersRequest {
                    members: phones(&["+91000000000", "+91900000000"]),
                })
                .send()
                .await
        },
    )
    .await;
    assert!(result.result.is_true());
    insta::assert_json_snapshot!("addMembers", requests);
}

#[tokio::test]
async fn list_members() {
    let (_, requests) = capture(
        "GET",
        "/groups/{groupId}/members",
        json!({"members": [{"id": "m1", "role": "Admin", "mobileNumber": "+919652000000"}]}),
        |c| async move { c.list_members().group_id("g1").send().await },
    )
    .await;
    insta::assert_json_snapshot!("listMembers", requests);
}

#[tokio::test]
async fn remove_member() {
    let (_, requests) = capture(
        "DELETE",
        "/groups/{groupId}/members/{memberId}",
        json!({"result": "true"}),
        |c| async move {
            c.remove_member()
                .group_id("g1")
                .member_id("m1")
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("removeMember", requests);
}

// --------------------------------------------------------------- subscribers

#[tokio::test]
async fn list_subscribers() {
    let (page, requests) = capture(
        "POST",
        "/groups/{groupId}/subscribers",
        json!({"subscribers": [{"id": "s1", "mobileNumber": "+91109999999"}], "cursor": "c2"}),
        |c| async move {
            c.list_subscribers()
                .group_id("pg1")
                .body(SubscriberPageRequest {
                    cursor: Some("c1".into()),
                    count: Some(nz32(50)),
                })
                .send()
                .await
        },
    )
    .await;
    assert_eq!(page.cursor.as_deref(), Some("c2"));
    insta::assert_json_snapshot!("listSubscribers", requests);
}

#[tokio::test]
async fn add_subscribers() {
    let (_, requests) = capture(
        "PUT",
        "/groups/{groupId}/subscribers/add",
        json!({"result": {"+911111111111": {"isAdded": true}}}),
        |c| async move {
            c.add_subscribers()
                .group_id("pg1")
                .body(SubscribersRequest {
                    subscribers: phones(&["+911111111111"]),
                })
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("addSubscribers", requests);
}

#[tokio::test]
async fn remove_subscribers() {
    let (_, requests) = capture(
        "PUT",
        "/groups/{groupId}/subscribers/remove",
        json!({"result": {"+911111111111": {"isRemoved": true}}}),
        |c| async move {
            c.remove_subscribers()
                .group_id("pg1")
                .body(SubscribersRequest {
                    subscribers: phones(&["+911111111111"]),
                })
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("removeSubscribers", requests);
}

// ------------------------------------------------------------------ messages

async fn send_message(body: SendMessageRequest) -> Vec<RecordedRequest> {
    let (sent, requests) = capture(
        "POST",
        "/groups/{groupId}/messages",
        json!({"referenceId": "ref-1"}),
        |c| async move { c.send_message().group_id("g1").body(body).send().await },
    )
    .await;
    assert_eq!(sent.reference_id, "ref-1");
    requests
}

#[tokio::test]
async fn send_message_to_the_group() {
    let requests = send_message(SendMessageRequest {
        message: "Hello All! Welcome to Kaizala."
            .parse()
            .expect("short enough"),
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendMessage-group", requests);
}

#[tokio::test]
async fn send_message_to_selected_subscribers() {
    let requests = send_message(SendMessageRequest {
        message: "Your order shipped".parse().expect("short enough"),
        subscribers: Some(phones(&["+911999999999", "+911999999998"]).into()),
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendMessage-subscribers", requests);
}

#[tokio::test]
async fn send_message_to_all_subscribers() {
    let requests = send_message(SendMessageRequest {
        message: "Service window tonight".parse().expect("short enough"),
        subscribers: None,
        send_to_all_subscribers: Some(true),
    })
    .await;
    insta::assert_json_snapshot!("sendMessage-allSubscribers", requests);
}

// ------------------------------------------------------------------- actions

async fn send_action(
    body: impl Into<kaizala_api::types::SendActionRequest>,
) -> Vec<RecordedRequest> {
    let body = body.into();
    let (_, requests) = capture(
        "POST",
        "/groups/{groupId}/actions",
        json!({"referenceId": "ref-1", "actionId": "act-1"}),
        |c| async move { c.send_action().group_id("g1").body(body).send().await },
    )
    .await;
    requests
}

fn media(resource: &str) -> MediaBody {
    MediaBody {
        media_resource: resource.into(),
        caption: Some("Sample caption".into()),
    }
}

#[tokio::test]
async fn send_action_survey() {
    let requests = send_action(ActionRequest::Survey {
        action_body: SurveyBody {
            title: "A test survey".into(),
            due_date: Some(nz64(10)),
            is_anonymous: Some(false),
            is_sender_only: Some(false),
            accept_multiple_responses: Some(true),
            questions: vec![
                Question {
                    title: "Your name".into(),
                    type_: QuestionType::Text,
                    is_invisible: None,
                    options: vec![],
                },
                Question {
                    title: "Pick one".into(),
                    type_: QuestionType::SingleOption,
                    is_invisible: None,
                    options: vec![
                        QuestionOption {
                            title: "Opt1".into(),
                        },
                        QuestionOption {
                            title: "Opt2".into(),
                        },
                    ],
                },
            ],
        },
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendAction-survey", requests);
}

#[tokio::test]
async fn send_action_job() {
    let requests = send_action(ActionRequest::Job {
        action_body: JobBody {
            title: "Inspect site 4".into(),
            assigned_to: phones(&["+911111111111", "+911111111112"]),
            due_date: Some(nz64(10)),
        },
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendAction-job", requests);
}

#[tokio::test]
async fn send_action_poll() {
    let requests = send_action(ActionRequest::Poll {
        action_body: PollBody {
            question: "Is the new process easy?".into(),
            choices: vec![
                PollChoice {
                    title: "Yes".into(),
                    image: None,
                },
                PollChoice {
                    title: "No".into(),
                    image: None,
                },
            ],
            expiry_in_hours: Some(nz32(10)),
        },
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendAction-poll", requests);
}

#[tokio::test]
async fn send_action_lets_meet() {
    let requests = send_action(ActionRequest::LetsMeet {
        action_body: LetsMeetBody {
            title: "Catch up?".into(),
            starting_time: "2018-01-01T00:00:00Z".parse().expect("a date"),
            duration: Some(nz32(45)),
            place: Some(Location {
                latitude: 15.0,
                longitude: 96.0,
                name: Some("MS Building 3".into()),
            }),
            agenda: Some("no agenda".into()),
            is_sender_only: Some(false),
        },
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendAction-letsMeet", requests);
}

#[tokio::test]
async fn send_action_announcement() {
    let requests = send_action(ActionRequest::Announcement {
        action_body: AnnouncementBody {
            title: Some("Title text".into()),
            message: "Announcement from the API".parse().expect("short enough"),
            media_resources: vec!["media-resource-1".into()],
        },
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendAction-announcement", requests);
}

/// The recorded Announcement form: `message` alone (swagger-2017.json,
/// `Request - PostCustomAnnouncementToAGroup`); no title is sent.
#[tokio::test]
async fn send_action_announcement_message_only() {
    let requests = send_action(ActionRequest::Announcement {
        action_body: AnnouncementBody {
            title: None,
            message: "Lets test announcement".parse().expect("short enough"),
            media_resources: vec![],
        },
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    assert_eq!(
        requests[0].body["actionBody"],
        json!({"message": "Lets test announcement"})
    );
    insta::assert_json_snapshot!("sendAction-announcementMessageOnly", requests);
}

/// The five media Actions share one body; each still gets its own snapshot.
#[tokio::test]
async fn send_media_actions() {
    type MediaVariant = fn(MediaBody) -> ActionRequest;
    let variants: [(&str, MediaVariant); 5] = [
        ("image", |action_body| ActionRequest::Image {
            action_body,
            subscribers: None,
            send_to_all_subscribers: None,
        }),
        ("album", |action_body| ActionRequest::Album {
            action_body,
            subscribers: None,
            send_to_all_subscribers: None,
        }),
        ("audio", |action_body| ActionRequest::Audio {
            action_body,
            subscribers: None,
            send_to_all_subscribers: None,
        }),
        ("document", |action_body| ActionRequest::Document {
            action_body,
            subscribers: None,
            send_to_all_subscribers: None,
        }),
        ("video", |action_body| ActionRequest::Video {
            action_body,
            subscribers: None,
            send_to_all_subscribers: None,
        }),
    ];
    for (kind, variant) in variants {
        let requests = send_action(variant(media(&format!("{kind}-resource")))).await;
        insta::assert_json_snapshot!(format!("sendAction-{kind}"), requests);
    }
}

#[tokio::test]
async fn send_action_package_instance() {
    let requests = send_action(ActionPackageRequest {
        id: "com.contoso.inspection".into(),
        action_body: ActionPackageBody {
            title: Some("Inspection".into()),
            properties: vec![ActionProperty {
                name: "site".into(),
                type_: ActionPropertyType::Text,
                value: "Site 4".into(),
            }],
            ..Default::default()
        },
        subscribers: None,
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendAction-package", requests);
}

#[tokio::test]
async fn send_action_to_selected_subscribers() {
    let requests = send_action(ActionRequest::Image {
        action_body: media("image-resource"),
        subscribers: Some(phones(&["+911999999999"]).into()),
        send_to_all_subscribers: None,
    })
    .await;
    insta::assert_json_snapshot!("sendAction-subscribers", requests);
}

#[tokio::test]
async fn send_action_to_all_subscribers() {
    let requests = send_action(ActionRequest::Job {
        action_body: JobBody {
            title: "Renew your plan".into(),
            assigned_to: phones(&["+911111111111"]),
            due_date: None,
        },
        subscribers: None,
        send_to_all_subscribers: Some(true),
    })
    .await;
    insta::assert_json_snapshot!("sendAction-allSubscribers", requests);
}

#[tokio::test]
async fn list_actions() {
    let (_, requests) = capture(
        "GET",
        "/groups/{groupId}/actions",
        json!({"actions": [], "hasMore": false}),
        |c| async move {
            c.list_actions()
                .group_id("g1")
                .action_type("Job")
                .from_date(1_529_573_303_063_i64)
                .count(30)
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("listActions", requests);
}

#[tokio::test]
async fn get_action() {
    let (_, requests) = capture(
        "GET",
        "/groups/{groupId}/actions/{actionId}",
        json!({"actionType": "Job", "actionDetails": {"title": "Inspect"}}),
        |c| async move {
            c.get_action()
                .group_id("g1")
                .action_id("act-1")
                .get_details(true)
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("getAction", requests);
}

async fn respond(
    body: impl Into<kaizala_api::types::RespondToActionRequest>,
) -> Vec<RecordedRequest> {
    let body = body.into();
    let (result, requests) = capture(
        "POST",
        "/groups/{groupId}/actions/{actionId}/responses",
        json!({"responseId": "resp-1"}),
        |c| async move {
            c.respond_to_action()
                .group_id("g1")
                .action_id("act-1")
                .body(body)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(result.response_id, "resp-1");
    requests
}

#[tokio::test]
async fn respond_to_action_job() {
    let requests = respond(ActionResponseRequest::Job {
        action_body: JobResponseBody { is_completed: true },
        response_id: None,
    })
    .await;
    insta::assert_json_snapshot!("respondToAction-job", requests);
}

fn survey_answers() -> SurveyResponseBody {
    SurveyResponseBody {
        response_name: Some("API response".into()),
        response_location: Some(Location {
            latitude: 1.0,
            longitude: 1.0,
            name: Some("Office".into()),
        }),
        answers: vec![
            SurveyAnswer::String("Response from API".into()),
            SurveyAnswer::Array(vec!["MOpt1".into(), "MOpt2".into()]),
            SurveyAnswer::Int64(123),
            SurveyAnswer::LocationAnswer(LocationAnswer {
                lt: 1.0,
                lg: 1.0,
                n: Some("cool".into()),
                acc: None,
            }),
            SurveyAnswer::Int64(1_500_377_471_000),
        ],
    }
}

#[tokio::test]
async fn respond_to_action_survey() {
    let requests = respond(ActionResponseRequest::Survey {
        action_body: survey_answers(),
        response_id: Some("resp-0".into()),
    })
    .await;
    insta::assert_json_snapshot!("respondToAction-survey", requests);
}

#[tokio::test]
async fn respond_to_action_package() {
    let requests = respond(ActionPackageResponseRequest {
        id: "com.contoso.inspection".into(),
        action_body: survey_answers(),
        response_id: None,
    })
    .await;
    insta::assert_json_snapshot!("respondToAction-package", requests);
}

// ----------------------------------------------------------------- reactions

#[tokio::test]
async fn add_reaction() {
    let (_, requests) = capture(
        "POST",
        "/groups/{groupId}/reaction",
        json!({"reactionId": "rx-1"}),
        |c| async move {
            c.add_reaction()
                .group_id("g1")
                .body(AddReactionRequest {
                    reference_id: "ref-1".into(),
                    source_group_id: "g1".into(),
                    reaction_type: ReactionType::Comment,
                    comment: Some("Nice".into()),
                })
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("addReaction", requests);
}

/// A tick count beyond 2^53: it must reach the wire digit for digit.
const TICKS: i64 = 636_674_054_802_123_457;

#[tokio::test]
async fn get_group_reaction_summary_keeps_ticks_exact() {
    let (page, requests) = capture(
        "GET",
        "/groups/{groupId}/reaction/summary",
        serde_json::from_str(r#"{"cursor": 636674054802123458, "summary": []}"#).expect("JSON"),
        |c| async move {
            c.get_group_reaction_summary()
                .group_id("g1")
                .source_group_id("g1")
                .cursor(TICKS)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(page.cursor.map(|c| c.0), Some(TICKS + 1), "decoded exactly");
    assert!(
        requests[0]
            .query
            .contains(&("cursor".into(), TICKS.to_string())),
        "sent exactly"
    );
    insta::assert_json_snapshot!("getGroupReactionSummary", requests);
}

#[tokio::test]
async fn get_action_reaction_summary() {
    let (_, requests) = capture(
        "GET",
        "/groups/{groupId}/reaction/{referenceId}/summary",
        json!({"summary": [{"referenceId": "ref-1", "reactionsCountMap": {"like": 1, "comment": 4}}]}),
        |c| async move {
            c.get_action_reaction_summary().group_id("g1").reference_id("ref-1").source_group_id("g1").send().await
        },
    )
    .await;
    insta::assert_json_snapshot!("getActionReactionSummary", requests);
}

#[tokio::test]
async fn list_reactions() {
    let (_, requests) = capture(
        "GET",
        "/groups/{groupId}/reaction/{referenceId}",
        json!({"cursor": 636_674_054_802_000_000_i64, "reactionDetails": []}),
        |c| async move {
            c.list_reactions()
                .group_id("g1")
                .reference_id("ref-1")
                .source_group_id("g1")
                .reaction_type(ReactionType::Like)
                .cursor(0)
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("listReactions", requests);
}

// ------------------------------------------------------------------ webhooks

#[tokio::test]
async fn list_webhooks() {
    let (_, requests) = capture("GET", "/webhook", json!({"webhooks": []}), |c| async move {
        c.list_webhooks()
            .object_id("g1")
            .object_type(WebhookObjectType::Group)
            .send()
            .await
    })
    .await;
    insta::assert_json_snapshot!("listWebhooks", requests);
}

#[tokio::test]
async fn create_webhook() {
    let (created, requests) = capture(
        "POST",
        "/webhook",
        json!({"webhookId": "wh-1"}),
        |c| async move {
            c.create_webhook()
                .body(CreateWebhookRequest {
                    object_id: "g1".into(),
                    object_type: WebhookObjectType::Group,
                    event_types: vec![
                        WebhookEventType::TextMessageCreated,
                        WebhookEventType::JobResponse,
                    ],
                    call_back_url: "https://example.com/kaizala".parse().expect("a URL"),
                    call_back_token: Some("tokenToBeVerifiedByCallback".into()),
                    call_back_context: Some("tenant-7".into()),
                    validity: None,
                })
                .send()
                .await
        },
    )
    .await;
    assert_eq!(created.webhook_id, "wh-1");
    insta::assert_json_snapshot!("createWebhook", requests);
}

#[tokio::test]
async fn update_webhook_reenables() {
    let (_, requests) = capture("PUT", "/webhook/{webhookId}", json!({}), |c| async move {
        c.update_webhook()
            .webhook_id("wh-1")
            .body(UpdateWebhookRequest {
                active: Some(StringBoolean::True),
                // A secret: the snapshot must show it redacted.
                call_back_token: Some("rotated-callback-S3CRET".to_owned().into()),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    insta::assert_json_snapshot!("updateWebhook", requests);
}

#[tokio::test]
async fn delete_webhook() {
    let (_, requests) = capture(
        "DELETE",
        "/webhook/{webhookId}",
        json!({}),
        |c| async move { c.delete_webhook().webhook_id("wh-1").send().await },
    )
    .await;
    insta::assert_json_snapshot!("deleteWebhook", requests);
}

// ------------------------------------------- undocumented (THIRD-PARTY.md)

#[tokio::test]
async fn create_bot() {
    let (bot, requests) = capture(
        "POST",
        "/bot",
        json!({"botUserId": "6a0e1c8e-bot"}),
        |c| async move {
            c.create_bot()
                .body(CreateBotRequest {
                    name: "Alerts".parse().expect("a name"),
                    profile_pic: Some(
                        "IHsidXJsIjogImh0dHBzOi8vZXhhbXBsZS5jb20vYm90LnBuZyJ9".into(),
                    ),
                })
                .send()
                .await
        },
    )
    .await;
    assert_eq!(bot.bot_user_id, "6a0e1c8e-bot");
    insta::assert_json_snapshot!("createBot", requests);
}

#[tokio::test]
async fn update_bot() {
    let (_, requests) = capture("PUT", "/bot/{botUserId}", json!({}), |c| async move {
        c.update_bot()
            .bot_user_id("6a0e1c8e-bot")
            .body(UpdateBotRequest {
                name: "Renamed".parse().expect("a name"),
            })
            .send()
            .await
    })
    .await;
    insta::assert_json_snapshot!("updateBot", requests);
}

#[tokio::test]
async fn get_bot_access_token() {
    let response = json!({"accessToken": "bot-token-S3CRET", "accessTokenExpiry": 1_568_605_416_677_i64,
        "scope": "MessageRead,MessageWrite", "endpointUrl": "https://kms1.kaiza.la/"});
    let (token, requests) = capture(
        "GET",
        "/bot/accessToken/{botUserId}",
        response,
        |c| async move {
            c.get_bot_access_token()
                .bot_user_id("6a0e1c8e-bot")
                .send()
                .await
        },
    )
    .await;
    assert_eq!(token.access_token.expose(), "bot-token-S3CRET");
    assert!(!format!("{token:?}").contains("bot-token-S3CRET"));
    insta::assert_json_snapshot!("getBotAccessToken", requests);
}

#[tokio::test]
async fn add_bot_to_group() {
    let (_, requests) = capture("POST", "/groups/{groupId}/bot", json!({}), |c| async move {
        c.add_bot_to_group()
            .group_id("g1")
            .body(AddBotToGroupRequest {
                bot_user_id: "6a0e1c8e-bot".parse().expect("an id"),
            })
            .send()
            .await
    })
    .await;
    insta::assert_json_snapshot!("addBotToGroup", requests);
}

#[tokio::test]
async fn upload_media_from_url() {
    let (media, requests) = capture(
        "POST",
        "/media/url",
        json!({"mediaResource": "res-1"}),
        |c| async move {
            c.upload_media_from_url()
                .body(MediaUrlRequest {
                    media_url: "https://example.com/chart.png".parse().expect("a URL"),
                })
                .send()
                .await
        },
    )
    .await;
    assert_eq!(media.media_resource, "res-1");
    insta::assert_json_snapshot!("uploadMediaFromUrl", requests);
}

fn property_update() -> UpdateActionPropertiesRequest {
    UpdateActionPropertiesRequest {
        version: Some(-1),
        send_notification_to_subscribers: Some(false),
        send_to_all_subscribers: Some(false),
        update_properties: vec![ActionProperty {
            name: "status".into(),
            type_: ActionPropertyType::Text,
            value: "closed".into(),
        }],
        action_properties: Vec::new(),
        notification_target_group: None,
    }
}

#[tokio::test]
async fn update_action() {
    let (_, requests) = capture(
        "PUT",
        "/groups/{groupId}/actions/{actionId}",
        json!({}),
        |c| async move {
            c.update_action()
                .group_id("g1")
                .action_id("a1")
                .body(property_update())
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("updateAction", requests);
}

#[tokio::test]
async fn update_action_properties() {
    let (_, requests) = capture(
        "PUT",
        "/groups/{groupId}/actions/{actionId}/properties",
        json!({}),
        |c| async move {
            c.update_action_properties()
                .group_id("g1")
                .action_id("a1")
                .body(property_update())
                .send()
                .await
        },
    )
    .await;
    insta::assert_json_snapshot!("updateActionProperties", requests);
}
