//! Every response sample in Microsoft's reference pages decodes into the
//! generated types, and decodes to what the sample says.
//!
//! The samples are vendored (verbatim but for the pages' sample JWT, which
//! becomes an obvious fake) in `fixtures/doc-samples/`
//! (`<page>-<n>.json5`: the n-th code block of the page); a test checks the
//! copies against the evidence data (`tests/evidence/samples.json`, which
//! `cargo xtask evidence --check` checks against the pages).

use std::collections::BTreeSet;
use std::fs;

use kaizala_api::types::{
    AccessTokenResponse, ActionDetailsResponse, ActionList, ActionResponseResult, ActionSummary,
    AddReactionResponse, AnnouncementEventData, AttachmentCreatedEventData, CreateGroupResponse,
    CreateSubGroupResponse, GroupList, JobCreatedEventData, JobResponseEventData,
    KnownActionSummary, MemberEventData, MemberList, ReactionDetailsPage, ReactionSummaryPage,
    ReferenceResponse, ResultResponse, SendActionResponse, SubscriberPage, SubscribersResult,
    SurveyEventData, TextMessageCreatedEventData, WebhookEvent, WebhookList,
};
use kaizala_tests::{FAKE_SAMPLE_JWT, doc_samples_dir, parse_sample};
use serde::de::DeserializeOwned;

/// Reads a vendored sample, applying the one repair a sample needs to be
/// JSON5 at all. Each repair says why.
fn sample(name: &str) -> serde_json::Value {
    let path = doc_samples_dir().join(format!("{name}.json5"));
    let mut text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if name == "webHooks-2" {
        // The page's sample lacks the comma between `validity` and `active`;
        // a real server sends valid JSON, so the typo is repaired, not modelled.
        text = text.replace("1568605416677\n", "1568605416677,\n");
    }
    parse_sample(&text).unwrap_or_else(|e| panic!("{name} is not JSON5: {e}"))
}

fn decode<T: DeserializeOwned>(name: &str) -> T {
    let value = sample(name);
    serde_json::from_value(value).unwrap_or_else(|e| {
        panic!(
            "{name} does not decode into {}: {e}",
            std::any::type_name::<T>()
        )
    })
}

const ALL_SAMPLES: &[&str] = &[
    "EventSchema-1",
    "EventSchema-2",
    "EventSchema-3",
    "EventSchema-4",
    "EventSchema-5",
    "EventSchema-6",
    "EventSchema-7",
    "EventSchema-8",
    "Tokens-1",
    "Tokens-2",
    "actionDetails-1",
    "action_responses-3",
    "actions_get-1",
    "actions_get-2",
    "actions_get-3",
    "actions_get-4",
    "actions_get-5",
    "actions_get-6",
    "actions_get-7",
    "actions_post-6",
    "groups-2",
    "groups-3",
    "groups-4",
    "media-2",
    "members-1",
    "members-3",
    "members-4",
    "messages-2",
    "reactions-2",
    "reactions-3",
    "reactions-4",
    "reactions-5",
    "subGroups-1",
    "subGroups-3",
    "subscribers-2",
    "subscribers-3",
    "subscribers-5",
    "webHooks-2",
];

#[test]
fn every_vendored_sample_is_listed_here() {
    let on_disk: BTreeSet<String> = fs::read_dir(doc_samples_dir())
        .expect("fixtures/doc-samples exists")
        .map(|entry| {
            let name = entry.expect("readable entry").file_name();
            name.to_string_lossy().trim_end_matches(".json5").to_owned()
        })
        .collect();
    let listed: BTreeSet<String> = ALL_SAMPLES.iter().map(|s| s.to_string()).collect();
    assert_eq!(on_disk, listed);
}

#[test]
fn vendored_samples_match_the_reference_pages() {
    // The pages' code blocks as the evidence data has them (`tests/evidence/samples.json`,
    // re-extracted from the pages by `cargo xtask evidence`); a missing file fails.
    let data = kaizala_tests::evidence::samples();
    for name in ALL_SAMPLES {
        let (page, index) = name.rsplit_once('-').expect("name is <page>-<n>");
        let index: usize = index.parse().expect("n is a number");
        let file = format!("{page}.md");
        let block = data
            .samples
            .iter()
            .find(|s| s.file == file && s.block == Some(index))
            .unwrap_or_else(|| {
                panic!("{name}: no code block {index} of {file} in the evidence data")
            });
        assert_eq!(block.version, "latest");
        let vendored = fs::read_to_string(doc_samples_dir().join(format!("{name}.json5")))
            .expect("vendored sample");
        // Both carry a fake in place of the pages' sample JWT.
        assert_eq!(block.text, vendored, "{name} drifted from {}", block.source);
    }
}

#[test]
fn access_token_samples_decode_with_exact_expiry() {
    for name in ["Tokens-1", "Tokens-2"] {
        let token: AccessTokenResponse = decode(name);
        assert_eq!(token.access_token_expiry.0, 1_518_481_686_294);
        assert_eq!(token.access_token.expose(), FAKE_SAMPLE_JWT);
        assert_eq!(token.endpoint_url, "https://kms-alpha.kaiza.la/");
        assert!(token.refresh_token.as_ref().is_some_and(|t| t.is_empty()));
        assert!(
            !format!("{token:?}").contains(FAKE_SAMPLE_JWT),
            "Debug leaks the token"
        );
    }
}

#[test]
fn group_samples_decode() {
    let created: CreateGroupResponse = decode("groups-2");
    assert_eq!(created.group_id, "853654b2-5874-462d-b709-0c4e43a7083f");
    assert!(created.members_added.is_some_and(|b| b.is_true()));

    let list: GroupList = decode("groups-3");
    assert_eq!(list.groups.len(), 1);
    assert_eq!(list.groups[0].caller_role.as_deref(), Some("Admin"));
    assert_eq!(list.groups[0].current_level_user_count, Some(2));

    let one: GroupList = decode("groups-4");
    assert_eq!(one.groups[0].user_count, Some(200));

    let sub: GroupList = decode("subGroups-1");
    assert_eq!(sub.groups[0].sub_groups.len(), 1);
    let created: CreateSubGroupResponse = decode("subGroups-3");
    assert_eq!(created.group_name.as_deref(), Some("Test Group"));
}

#[test]
fn member_samples_decode_string_booleans() {
    let members: MemberList = decode("members-1");
    assert_eq!(members.members.len(), 2);
    assert_eq!(members.members[1].is_provisioned, Some(false));
    for name in ["members-3", "members-4"] {
        let result: ResultResponse = decode(name);
        assert_eq!(result.result.as_bool(), Some(true), "{name}");
    }
}

#[test]
fn subscriber_samples_decode() {
    let added: SubscribersResult = decode("subscribers-2");
    assert_eq!(added.result.len(), 2);
    assert!(
        added.result["+911111111111"]
            .is_added
            .as_ref()
            .is_some_and(|b| b.is_true())
    );
    let removed: SubscribersResult = decode("subscribers-5");
    assert!(
        removed.result["+911111111112"]
            .is_removed
            .as_ref()
            .is_some_and(|b| b.is_true())
    );
    let page: SubscriberPage = decode("subscribers-3");
    assert_eq!(page.subscribers.len(), 1);
    assert!(page.cursor.is_none(), "no cursor means the last page");
}

#[test]
fn reference_samples_decode() {
    let message: ReferenceResponse = decode("messages-2");
    assert_eq!(message.reference_id, "853654b2-5874-462d-b709-0c4e43a7083f");
    let media: SendActionResponse = decode("media-2");
    assert!(media.action_id.is_none());
    let survey: SendActionResponse = decode("actions_post-6");
    assert_eq!(
        survey.action_id.as_deref(),
        Some("232e7003-22a1-4a28-bb36-9176e704e10c")
    );
    let response: ActionResponseResult = decode("action_responses-3");
    assert_eq!(response.response_id, "bbcf469e-4027-40b7-a80b-a961a48619e7");
}

fn only_action(name: &str) -> ActionSummary {
    let list: ActionList = decode(name);
    assert_eq!(list.actions.len(), 1, "{name}");
    list.actions.into_iter().next().expect("one action")
}

#[test]
fn action_list_samples_decode_per_action_type() {
    match only_action("actions_get-1") {
        ActionSummary::KnownActionSummary(KnownActionSummary::Image {
            action_body,
            creation_time,
            ..
        }) => {
            assert!(action_body.image_url.is_some());
            assert_eq!(
                creation_time.map(|t| t.0),
                Some(1_481_180_806),
                "epoch seconds"
            );
        }
        other => panic!("actions_get-1 is an Image: {other:?}"),
    }
    match only_action("actions_get-2") {
        ActionSummary::KnownActionSummary(KnownActionSummary::ShareLocation {
            action_body,
            ..
        }) => assert!(action_body.image_url.is_none()),
        other => panic!("actions_get-2 is a ShareLocation: {other:?}"),
    }
    // The page's PhotoWithLocation sample is labelled ShareLocation.
    match only_action("actions_get-3") {
        ActionSummary::KnownActionSummary(KnownActionSummary::ShareLocation {
            action_body,
            ..
        }) => assert!(action_body.image_url.is_some()),
        other => panic!("actions_get-3 is a location Action: {other:?}"),
    }
    match only_action("actions_get-4") {
        ActionSummary::KnownActionSummary(KnownActionSummary::Job { action_body, .. }) => {
            assert_eq!(action_body.assignee_count, Some(1));
            assert_eq!(action_body.is_completed, Some(false));
        }
        other => panic!("actions_get-4 is a Job: {other:?}"),
    }
    match only_action("actions_get-5") {
        ActionSummary::KnownActionSummary(KnownActionSummary::Poll {
            action_body,
            sent_at,
            ..
        }) => {
            assert_eq!(action_body.choices.len(), 3);
            assert!(sent_at.is_some(), "sentAt is an ISO date");
        }
        other => panic!("actions_get-5 is a Poll: {other:?}"),
    }
    match only_action("actions_get-6") {
        ActionSummary::KnownActionSummary(KnownActionSummary::LetsMeet { action_body, .. }) => {
            assert_eq!(action_body.duration, Some(30));
            assert_eq!(action_body.place.map(|p| p.latitude), Some(15.0));
        }
        other => panic!("actions_get-6 is a LetsMeet: {other:?}"),
    }
    match only_action("actions_get-7") {
        ActionSummary::KnownActionSummary(KnownActionSummary::Survey { action_body, .. }) => {
            assert_eq!(action_body.response_count, Some(1));
        }
        other => panic!("actions_get-7 is a Survey: {other:?}"),
    }
}

#[test]
fn unknown_action_types_decode_without_error() {
    let list: ActionList = serde_json::from_value(serde_json::json!({
        "actions": [{
            "referenceId": "r1",
            "actionType": "Checklist",
            "creationTime": 1_700_000_000,
            "actionBody": { "items": [1, 2, 3] }
        }],
        "hasMore": false
    }))
    .expect("an unknown action type decodes");
    match &list.actions[0] {
        ActionSummary::UnknownActionSummary(unknown) => {
            assert_eq!(unknown.action_type.as_str(), "Checklist");
            assert_eq!(
                unknown.action_body.as_ref().map(|b| b["items"][2].clone()),
                Some(serde_json::json!(3)),
                "the raw body is kept"
            );
        }
        other => panic!("expected the Unknown fallback: {other:?}"),
    }
}

#[test]
fn action_details_sample_decodes_in_its_list_shape() {
    let details: ActionDetailsResponse = decode("actionDetails-1");
    assert!(
        matches!(details, ActionDetailsResponse::ActionList(_)),
        "{details:?}"
    );
}

#[test]
fn reaction_samples_decode_with_exact_ticks() {
    let added: AddReactionResponse = decode("reactions-2");
    assert_eq!(added.reaction_id, "71df-d53a-43cc-9b73-80dcc22502ab");
    let action: ReactionSummaryPage = decode("reactions-3");
    assert!(action.cursor.is_none());
    assert_eq!(action.summary[0].reactions_count_map["comment"], 4);
    let group: ReactionSummaryPage = decode("reactions-4");
    assert_eq!(
        group.cursor.as_ref().map(|c| c.0),
        Some(636_674_054_802_000_000)
    );
    let details: ReactionDetailsPage = decode("reactions-5");
    assert_eq!(
        details.reaction_details[0]
            .last_modified_time
            .as_ref()
            .map(|t| t.0),
        Some(1_529_573_303_063)
    );
}

#[test]
fn webhook_list_sample_decodes_the_names_the_service_sends() {
    let list: WebhookList = decode("webHooks-2");
    let webhook = &list.webhooks[0];
    assert_eq!(
        webhook.callback_url.as_deref(),
        Some("https://requestb.in/12786un1")
    );
    assert_eq!(webhook.events.len(), 13);
    assert_eq!(webhook.ts.as_ref().map(|t| t.0), Some(1_505_491_564_677));
    assert_eq!(
        webhook.validity.as_ref().map(|t| t.0),
        Some(1_568_605_416_677)
    );
    assert!(webhook.active.as_ref().is_some_and(|b| b.is_true()));
    assert_eq!(
        webhook.callback_token.as_ref().map(|t| t.expose()),
        Some("tokenToBeVerifiedByCallback")
    );
    assert!(
        !format!("{webhook:?}").contains("tokenToBeVerifiedByCallback"),
        "Debug leaks the callback token"
    );
}

fn event_data<T: DeserializeOwned>(name: &str) -> (WebhookEvent, T) {
    let event: WebhookEvent = decode(name);
    let data = serde_json::from_value(event.data.clone().unwrap_or_default())
        .unwrap_or_else(|e| panic!("{name}'s data does not decode: {e}"));
    (event, data)
}

#[test]
fn webhook_event_samples_decode_per_event() {
    let (event, text) = event_data::<TextMessageCreatedEventData>("EventSchema-1");
    assert_eq!(event.event_type, "TextMessageCreated");
    assert_eq!(text.text, "Test Message");

    let (_, attachment) = event_data::<AttachmentCreatedEventData>("EventSchema-2");
    assert_eq!(
        attachment.media[0].media_file_name.as_deref(),
        Some("IMG_18-03-22_165220084_1.jpg")
    );

    let (_, announcement) = event_data::<AnnouncementEventData>("EventSchema-3");
    assert!(
        announcement.media[0].url.is_some(),
        "announcements send url/fileName"
    );

    let (_, job) = event_data::<JobCreatedEventData>("EventSchema-4");
    assert_eq!(job.assigned_to, vec!["+919740797266".to_owned()]);

    let (_, job_response) = event_data::<JobResponseEventData>("EventSchema-5");
    let response = job_response
        .response_details
        .and_then(|d| d.response)
        .expect("the response details");
    assert!(response.is_completed.is_some_and(|b| b.is_true()));

    for name in ["EventSchema-6", "EventSchema-7"] {
        let (_, survey) = event_data::<SurveyEventData>(name);
        let answers = survey
            .response_details
            .expect("response details")
            .response_with_questions;
        assert_eq!(answers.len(), 3, "{name}");
        assert_eq!(
            answers[2].answer,
            Some(serde_json::json!(1_521_800_782_956_i64))
        );
    }

    let (_, member) = event_data::<MemberEventData>("EventSchema-8");
    assert_eq!(member.member_name.as_deref(), Some("Jan Decker"));
}
