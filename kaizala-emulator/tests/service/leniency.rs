//! The emulator accepts every shape the real service accepted (issue 10,
//! section 5): case-insensitive paths, both sub-group forms, a numeric PIN,
//! string booleans, PascalCase and lower-case keys, and the Announcement forms
//! the Swagger file and the pages show.

use kaizala_emulator::{Emulator, SAMPLE_GROUP_ID, SAMPLE_PUBLIC_GROUP_ID, SAMPLE_WEBHOOK_ID};
use reqwest::StatusCode;
use serde_json::{Value, json};

struct Api {
    http: reqwest::Client,
    token: String,
    base: String,
}

impl Api {
    async fn connect(emu: &Emulator) -> Api {
        let http = reqwest::Client::builder()
            .tls_backend_rustls()
            .no_proxy()
            .build()
            .expect("client");
        let c = emu.connector();
        let body: Value = http
            .get(format!("{}/accessToken", emu.auth_url()))
            .header("applicationId", &c.application_id)
            .header("applicationSecret", &c.application_secret)
            .header("refreshToken", &c.refresh_token)
            .send()
            .await
            .expect("accessToken")
            .json()
            .await
            .expect("JSON");
        Api {
            http,
            token: body["accessToken"].as_str().expect("token").to_owned(),
            base: format!("{}v1", body["endpointUrl"].as_str().expect("endpoint")),
        }
    }

    /// Sends `body` as raw text (so JSON5-ish and mixed-case bodies go as written).
    async fn call(&self, method: &str, path: &str, body: &str) -> (StatusCode, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let resp = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header("accessToken", &self.token)
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .expect("sent");
        let status = resp.status();
        let text = resp.text().await.expect("body");
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    async fn ok(&self, method: &str, path: &str, body: &str) -> Value {
        let (status, value) = self.call(method, path, body).await;
        assert_eq!(status, StatusCode::OK, "{method} {path} {body}: {value}");
        value
    }
}

async fn start() -> (Emulator, Api) {
    let emu = Emulator::builder()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    let api = Api::connect(&emu).await;
    (emu, api)
}

#[tokio::test]
async fn paths_are_routed_case_insensitively() {
    let (emu, api) = start().await;
    // The Swagger file creates sub-groups at `/subgroups`.
    let created = api
        .ok(
            "POST",
            &format!("/groups/{SAMPLE_GROUP_ID}/subgroups"),
            r#"{"name": "Lower", "welcomeMessage": "hi", "members": [], "groupType": "Group"}"#,
        )
        .await;
    let id = created["groupId"].as_str().expect("groupId");
    assert!(
        emu.group(SAMPLE_GROUP_ID)
            .expect("parent")
            .sub_groups
            .iter()
            .any(|s| s == id)
    );
    api.ok("GET", &format!("/GROUPS/{SAMPLE_GROUP_ID}/SubGroups"), "")
        .await;
    api.ok("GET", &format!("/Groups/{SAMPLE_GROUP_ID}/MEMBERS"), "")
        .await;
    // An unknown literal is still unknown, whatever its case.
    let (status, _) = api
        .call("GET", &format!("/groups/{SAMPLE_GROUP_ID}/SubGroupz"), "")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_create_sub_group_form_is_accepted() {
    let (emu, api) = start().await;
    let forms = [
        // the Swagger file: the createGroup body
        r#"{name: "Swagger", welcomeMessage: "w", members: ["+15550100002"], groupType: "Group"}"#,
        // the page's 2017-08-27 version
        r#"{"Name": "Renamed", "welcomeMessage": "w", "addUserToGroup": false}"#,
        // every other page version
        r#"{"groupName": "Page", "groupImageUrl": "", "members": [], "welcomeMessage": "w", "addUserToGroup": "false"}"#,
        // what kaizala-api sends: both keys
        r#"{"name": "Both", "groupName": "Both", "welcomeMessage": "w"}"#,
    ];
    for (form, name) in forms.iter().zip(["Swagger", "Renamed", "Page", "Both"]) {
        let created = api
            .ok(
                "POST",
                &format!("/groups/{SAMPLE_GROUP_ID}/subGroups"),
                form,
            )
            .await;
        assert_eq!(created["groupName"], name, "{form}");
        let id = created["groupId"].as_str().expect("groupId");
        assert_eq!(emu.group(id).expect("created").name, name);
    }
    // Two different names are a contradiction, not a reading.
    let (status, _) = api
        .call(
            "POST",
            &format!("/groups/{SAMPLE_GROUP_ID}/subGroups"),
            r#"{"name": "A", "groupName": "B", "welcomeMessage": "w"}"#,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn both_add_sub_group_forms_are_accepted() {
    let (emu, api) = start().await;
    let group = |name: &'static str| {
        let api = &api;
        async move {
            api.ok(
                "POST",
                "/groups",
                &json!({"name": name, "welcomeMessage": "w"}).to_string(),
            )
            .await["groupId"]
                .as_str()
                .expect("groupId")
                .to_owned()
        }
    };
    let (a, b, c) = (group("A").await, group("B").await, group("C").await);
    api.ok(
        "PUT",
        &format!("/groups/{SAMPLE_GROUP_ID}/subGroups"),
        &json!({"subGroups": [a, b]}).to_string(),
    )
    .await;
    api.ok(
        "PUT",
        &format!("/groups/{SAMPLE_GROUP_ID}/subgroups"),
        &json!({"subGroupId": c}).to_string(),
    )
    .await;
    let subs = emu.group(SAMPLE_GROUP_ID).expect("parent").sub_groups;
    for id in [&a, &b, &c] {
        assert!(subs.contains(id), "{id} in {subs:?}");
    }
    let (status, _) = api
        .call(
            "PUT",
            &format!("/groups/{SAMPLE_GROUP_ID}/subGroups"),
            r#"{"subGroups": []}"#,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_pin_is_accepted_as_a_number_and_as_a_string() {
    let emu = Emulator::start().await.expect("emulator");
    let http = reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .build()
        .expect("client");
    let app = emu.connector().application_id;
    for (mobile, as_number) in [("+15550109991", true), ("+15550109992", false)] {
        let sent = http
            .post(format!("{}/generatePin", emu.auth_url()))
            .json(&json!({"mobileNumber": mobile, "applicationId": app}))
            .send()
            .await
            .expect("generatePin");
        assert_eq!(sent.status(), 200);
        let pin = emu.last_pin(mobile).expect("a PIN");
        // The recorded request: `"pin": 8876` (a PIN with a leading zero goes as a string).
        let pin_value = match pin.parse::<u64>() {
            Ok(n) if as_number && !pin.starts_with('0') => json!(n),
            _ => json!(pin),
        };
        let login = http
            .post(format!("{}/loginWithPinAndApplicationId", emu.auth_url()))
            .json(&json!({"mobileNumber": mobile, "applicationId": app, "pin": pin_value}))
            .send()
            .await
            .expect("login");
        assert_eq!(login.status(), 200, "pin {pin_value}");
    }
}

#[tokio::test]
async fn string_booleans_and_any_key_case_are_bound() {
    let (emu, api) = start().await;
    // `Message` (Swagger's SendMessageToSubscriber) and a string boolean.
    api.ok(
        "POST",
        &format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/messages"),
        r#"{"Message": "to all", "sendToAllSubscribers": "true"}"#,
    )
    .await;
    assert!(emu.messages().iter().any(|m| m.text == "to all"));
    // `actiontype` in lower case (Swagger's PostCustomAnnouncementToAGroup).
    api.ok(
        "POST",
        &format!("/groups/{SAMPLE_GROUP_ID}/actions"),
        r#"{"actiontype": "Announcement", "actionBody": {"message": "Lets test announcement"}}"#,
    )
    .await;
    // The webHooks page: `"Active": "true"`, a string with a capital A.
    api.ok(
        "PUT",
        &format!("/webhook/{SAMPLE_WEBHOOK_ID}"),
        r#"{"Active": "false"}"#,
    )
    .await;
    assert!(
        !emu.webhooks()
            .iter()
            .any(|w| w.id == SAMPLE_WEBHOOK_ID && w.active)
    );
    api.ok(
        "PUT",
        &format!("/webhook/{SAMPLE_WEBHOOK_ID}"),
        r#"{"Active": "true"}"#,
    )
    .await;
    assert!(
        emu.webhooks()
            .iter()
            .any(|w| w.id == SAMPLE_WEBHOOK_ID && w.active)
    );
    // Survey flags as strings.
    api.ok(
        "POST",
        &format!("/groups/{SAMPLE_GROUP_ID}/actions"),
        r#"{"ActionType": "Survey", "ActionBody": {"Title": "t", "isAnonymous": "false",
            "acceptMultipleResponses": "TRUE", "Questions": [{"Title": "q", "Type": "Text"}]}}"#,
    )
    .await;
}

#[tokio::test]
async fn every_announcement_form_is_accepted() {
    let (emu, api) = start().await;
    let forms = [
        // Swagger: message only, lower-case actiontype
        r#"{"actiontype": "Announcement", "actionBody": {"message": "one"}}"#,
        // Swagger [withImages] without images, and the page's capitalised keys
        r#"{"actionType": "Announcement", "actionBody": {"Message": "two", "MediaResources": []}}"#,
        r#"{"actionType": "Announcement", "actionBody": {"Title": "T", "Message": "three"}}"#,
    ];
    for form in forms {
        api.ok("POST", &format!("/groups/{SAMPLE_GROUP_ID}/actions"), form)
            .await;
    }
    let sent: Vec<String> = emu
        .actions_in(SAMPLE_GROUP_ID)
        .iter()
        .filter(|a| a.action_type == "Announcement")
        .map(|a| a.body["message"].as_str().unwrap_or_default().to_owned())
        .collect();
    for text in ["one", "two", "three"] {
        assert!(sent.iter().any(|s| s == text), "{text} in {sent:?}");
    }
    // The message itself stays required.
    let (status, _) = api
        .call(
            "POST",
            &format!("/groups/{SAMPLE_GROUP_ID}/actions"),
            r#"{"actionType": "Announcement", "actionBody": {"title": "no message"}}"#,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// Issue 19, part 5: no source shows the service refusing `subscribers` beside
/// `sendToAllSubscribers` (a real client sent both, THIRD-PARTY.md); the page
/// says `sendToAllSubscribers: true` sends "to all subscribers", so it does.
#[tokio::test]
async fn subscribers_beside_send_to_all_subscribers_go_to_all_of_them() {
    let (emu, api) = start().await;
    let some = emu.subscribers(SAMPLE_PUBLIC_GROUP_ID)[0]
        .mobile_number
        .clone();
    let body = json!({"message": "to all", "subscribers": [some], "sendToAllSubscribers": true});
    let sent = api
        .ok(
            "POST",
            &format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/messages"),
            &body.to_string(),
        )
        .await;
    let message = emu
        .messages_in(SAMPLE_PUBLIC_GROUP_ID)
        .into_iter()
        .find(|m| m.reference_id == sent["referenceId"].as_str().expect("referenceId"))
        .expect("the message was kept");
    assert_eq!(message.audience, kaizala_emulator::Audience::AllSubscribers);
    let action = json!({"actionType": "Announcement", "actionBody": {"message": "to all"},
        "subscribers": [some], "sendToAllSubscribers": "true"});
    api.ok(
        "POST",
        &format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/actions"),
        &action.to_string(),
    )
    .await;
}

/// Issue 19, part 5: a number repeated within one call is added once and
/// reported added (it was not subscribed before the call).
#[tokio::test]
async fn a_number_repeated_in_one_call_is_added_once_and_reported_added() {
    let (emu, api) = start().await;
    let before = emu.subscribers(SAMPLE_PUBLIC_GROUP_ID).len();
    let body = json!({"subscribers": ["+15550109001", "+15550109001"]});
    let answer = api
        .ok(
            "PUT",
            &format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/subscribers/add"),
            &body.to_string(),
        )
        .await;
    assert_eq!(
        answer["result"]["+15550109001"],
        json!({"isAdded": true}),
        "{answer}"
    );
    assert_eq!(emu.subscribers(SAMPLE_PUBLIC_GROUP_ID).len(), before + 1);
    // Already subscribed before the call: still AlreadySubscribed.
    let answer = api
        .ok(
            "PUT",
            &format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/subscribers/add"),
            &body.to_string(),
        )
        .await;
    assert_eq!(
        answer["result"]["+15550109001"]["reason"],
        "AlreadySubscribed"
    );
    // Removed twice in one call: removed once, reported removed.
    let answer = api
        .ok(
            "PUT",
            &format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/subscribers/remove"),
            &body.to_string(),
        )
        .await;
    assert_eq!(answer["result"]["+15550109001"], json!({"isRemoved": true}));
    assert_eq!(emu.subscribers(SAMPLE_PUBLIC_GROUP_ID).len(), before);
    // addMembers: the same number twice is one member, and the call succeeds.
    let members_before = emu.members(SAMPLE_GROUP_ID).len();
    let answer = api
        .ok(
            "PUT",
            &format!("/groups/{SAMPLE_GROUP_ID}/members"),
            r#"{"members": ["+15550109002", "+15550109002"]}"#,
        )
        .await;
    assert_eq!(answer["result"], "true");
    let members = emu.members(SAMPLE_GROUP_ID);
    assert_eq!(members.len(), members_before + 1);
    assert_eq!(
        members
            .iter()
            .filter(|m| m.mobile_number == "+15550109002")
            .count(),
        1
    );
}
