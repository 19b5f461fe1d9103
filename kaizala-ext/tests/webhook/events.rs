//! Every event type decodes: the EventSchema.md samples, the types without a
//! sample, unknown types and undecodable data.
#![cfg(feature = "webhook")]

use kaizala_ext::kaizala_api::types::{MemberEventData, WebhookEventType};
use kaizala_ext::webhook::{KaizalaEvent, SurveyAnswer};
use serde_json::{Value, json};

fn sample(n: u32) -> Value {
    let path = format!(
        "{}/../tests/fixtures/doc-samples/EventSchema-{n}.json5",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    json5::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn decode(value: Value) -> KaizalaEvent {
    KaizalaEvent::from_value(value).expect("an envelope")
}

#[test]
fn sample_1_text_message_created() {
    let KaizalaEvent::TextMessageCreated(e) = decode(sample(1)) else {
        panic!("not TextMessageCreated")
    };
    assert_eq!(e.data.text, "Test Message");
    assert_eq!(e.envelope.event_id, "55ed01-02b5-491e-8e7e-484726da976b");
    assert_eq!(e.envelope.from_user_name.as_deref(), Some("Robin Richard"));
    assert_eq!(
        e.envelope.context.as_deref(),
        Some("Any data which is required to be returned in callback")
    );
}

#[test]
fn sample_2_attachment_created() {
    let KaizalaEvent::AttachmentCreated(e) = decode(sample(2)) else {
        panic!("not AttachmentCreated")
    };
    assert_eq!(e.data.action_type.as_deref(), Some("Image"));
    assert_eq!(e.data.caption.as_deref(), Some("Testing."));
    assert_eq!(e.data.media.len(), 1);
    assert_eq!(
        e.data.media[0].media_file_name.as_deref(),
        Some("IMG_18-03-22_165220084_1.jpg")
    );
    assert!(
        e.data.media[0]
            .media_url
            .as_deref()
            .unwrap()
            .starts_with("https://")
    );
}

#[test]
fn sample_3_announcement() {
    let KaizalaEvent::Announcement(e) = decode(sample(3)) else {
        panic!("not Announcement")
    };
    assert_eq!(e.data.title.as_deref(), Some("Sent by Robin Richard"));
    assert_eq!(e.data.text.as_deref(), Some("Caption :Testing."));
    assert_eq!(
        e.data.media[0].file_name.as_deref(),
        Some("e3c145f1-5e6f-4ee9-bd83-49ec3a1c2550.jpeg")
    );
}

#[test]
fn sample_4_job_created() {
    let KaizalaEvent::JobCreated(e) = decode(sample(4)) else {
        panic!("not JobCreated")
    };
    assert_eq!(e.data.title.as_deref(), Some("Test Job"));
    assert_eq!(e.data.assigned_to, ["+919740797266"]);
    assert_eq!(
        e.data.due_date.map(|d| d.to_rfc3339()).as_deref(),
        Some("2018-03-22T18:29:59+00:00")
    );
    assert_eq!(
        e.data.action_id.as_deref(),
        Some("aeb012-31a0-477a-a131-8a1e2791b36e")
    );
}

#[test]
fn sample_5_job_response() {
    let KaizalaEvent::JobResponse(e) = decode(sample(5)) else {
        panic!("not JobResponse")
    };
    let response = e
        .data
        .response_details
        .as_ref()
        .unwrap()
        .response
        .as_ref()
        .unwrap();
    assert_eq!(response.assignee_name.as_deref(), Some("Robin Richard"));
    assert!(response.is_completed.as_ref().unwrap().is_true());
    assert_eq!(
        e.data.response_id.as_deref(),
        Some("80a883ec-e6c7-4dc8-979d-d268bbeeee8b")
    );
}

fn assert_sample_answers(answers: &[kaizala_ext::webhook::AnsweredQuestion]) {
    assert_eq!(answers.len(), 3);
    assert!(matches!(&answers[0].answer, SurveyAnswer::Text(t) if t == "1"));
    assert_eq!(answers[0].question_type.as_deref(), Some("Text"));
    match &answers[1].answer {
        SurveyAnswer::Attachments(items) => {
            assert_eq!(items.len(), 1);
            assert_eq!(
                items[0].media_file_name.as_deref(),
                Some("IMG_18-03-23_155619990_1.jpg")
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        answers[2].answer,
        SurveyAnswer::DateTime(1521800782956)
    ));
    assert!(answers[2].is_invisible);
    assert!(!answers[0].is_invisible);
}

#[test]
fn sample_6_action_created_with_answers() {
    let KaizalaEvent::ActionCreated(e) = decode(sample(6)) else {
        panic!("not ActionCreated")
    };
    assert_eq!(e.data.responder_name.as_deref(), Some("Robin Richard"));
    assert_eq!(
        e.data.is_anonymous.as_ref().and_then(|b| b.as_bool()),
        Some(false)
    );
    assert_sample_answers(&e.answers());
}

#[test]
fn sample_7_survey_response_with_answers() {
    let KaizalaEvent::SurveyResponse(e) = decode(sample(7)) else {
        panic!("not SurveyResponse")
    };
    assert_eq!(
        e.data.response_id.as_deref(),
        Some("420e9ef0-2a6d-405-a2bf-2688648ce79a")
    );
    assert_sample_answers(&e.answers());
}

/// The reference page's MemberAdded/MemberRemoved sample is labelled
/// `"eventType": "JobResponse"`. Dispatch follows `eventType`, so it is a
/// JobResponse with empty typed fields; the member data is still in the raw
/// `data` and reads as `MemberEventData`. Labelled correctly, it is a
/// MemberAdded/MemberRemoved.
#[test]
fn sample_8_mislabelled_member_event() {
    let raw = sample(8);
    let KaizalaEvent::JobResponse(e) = decode(raw.clone()) else {
        panic!("dispatch must follow eventType")
    };
    assert!(e.data.action_id.is_none() && e.data.response_details.is_none());
    let member: MemberEventData = e.data_as().unwrap();
    assert_eq!(member.member_name.as_deref(), Some("Jan Decker"));
    assert_eq!(e.raw_data()["type"], "Member");

    for label in ["MemberAdded", "MemberRemoved"] {
        let mut relabelled = raw.clone();
        relabelled["eventType"] = json!(label);
        let event = decode(relabelled);
        let (KaizalaEvent::MemberAdded(e) | KaizalaEvent::MemberRemoved(e)) = &event else {
            panic!("{label}: {event:?}")
        };
        assert_eq!(event.event_type(), label);
        assert_eq!(e.data.member.as_deref(), Some("+91xxxxxxxx"));
        assert_eq!(e.data.type_.as_deref(), Some("Member"));
    }
}

fn envelope(event_type: &str, data: Value) -> Value {
    json!({
        "objectId": "g1", "objectType": "Group", "eventType": event_type,
        "eventId": format!("id-{event_type}"), "data": data,
        "subscriptionId": "w1", "groupId": "g1", "context": null,
    })
}

/// Every WebhookEventType value reaches its own variant.
#[test]
fn every_event_type_has_its_variant() {
    let survey = json!({"actionId": "a1", "responseDetails": {"responseWithQuestions": [
        {"title": "Pick", "type": "SingleOption", "options": [{"title": "Yes"}, {"title": "No"}], "answer": ["Yes"]}
    ]}});
    let cases: Vec<(&str, Value)> = vec![
        ("TextMessageCreated", json!({"text": "hi"})),
        ("AttachmentCreated", json!({"media": []})),
        ("Announcement", json!({"title": "t"})),
        ("JobCreated", json!({"title": "j"})),
        ("JobResponse", json!({"actionId": "a"})),
        ("SurveyCreated", survey.clone()),
        ("SurveyResponse", survey.clone()),
        ("ActionCreated", survey.clone()),
        ("ActionResponse", survey.clone()),
        ("PollCreated", survey.clone()),
        ("PollResponse", survey.clone()),
        ("LetsMeetCreated", survey.clone()),
        ("LetsMeetResponse", survey.clone()),
        ("MemberAdded", json!({"member": "+1"})),
        ("MemberRemoved", json!({"member": "+1"})),
        (
            "GroupAdded",
            json!({"groupId": "sub", "groupName": "Sub", "parentGroupId": "g1"}),
        ),
        ("GroupRemoved", json!({"groupId": "sub"})),
    ];
    assert_eq!(cases.len(), 17);
    for (name, data) in cases {
        let event = decode(envelope(name, data));
        let variant = format!("{event:?}");
        assert!(
            variant.starts_with(&format!("{name}(")),
            "{name} decoded as {variant}"
        );
        assert_eq!(
            event.kind(),
            Some(name.parse::<WebhookEventType>().unwrap())
        );
        assert_eq!(event.event_id(), format!("id-{name}"));
        let answers = match &event {
            KaizalaEvent::PollResponse(e) | KaizalaEvent::LetsMeetCreated(e) => e.answers(),
            _ => continue,
        };
        assert!(matches!(&answers[0].answer, SurveyAnswer::SingleOption(s) if s == "Yes"));
    }
    let KaizalaEvent::GroupAdded(e) = decode(envelope("GroupAdded", json!({"groupName": "Sub"})))
    else {
        panic!()
    };
    assert_eq!(e.data.group_name.as_deref(), Some("Sub"));
}

#[test]
fn unknown_event_type_keeps_the_raw_json() {
    let mut raw = envelope("ReactionAdded", json!({"emoji": "👍"}));
    raw["brandNewField"] = json!(42);
    let event = decode(raw.clone());
    let KaizalaEvent::Unknown {
        envelope,
        raw: kept,
    } = &event
    else {
        panic!("{event:?}")
    };
    assert_eq!(kept, &raw);
    assert_eq!(envelope.event_type, "ReactionAdded");
    assert_eq!(event.kind(), None);
    assert_eq!(event.event_id(), "id-ReactionAdded");
}

#[test]
fn known_type_with_bad_data_is_malformed_not_lost() {
    for (name, data) in [
        ("TextMessageCreated", json!({"caption": "no text field"})),
        ("TextMessageCreated", json!({"text": 5})),
        ("MemberAdded", Value::Null),
        ("JobCreated", json!({"dueDate": "not a date"})),
        ("SurveyResponse", json!("a string")),
    ] {
        let raw = envelope(name, data.clone());
        let event = decode(raw.clone());
        let KaizalaEvent::Malformed {
            envelope,
            raw: kept,
            error,
        } = &event
        else {
            panic!("{name} {data}: {event:?}")
        };
        assert_eq!(kept, &raw);
        assert_eq!(envelope.event_type, name);
        assert!(!error.is_empty());
        assert_eq!(event.kind(), Some(name.parse().unwrap()));
    }
}

#[test]
fn lenient_booleans_in_events() {
    let KaizalaEvent::JobResponse(e) = decode(envelope(
        "JobResponse",
        json!({"responseDetails": {"response": {"isCompleted": "False"}}}),
    )) else {
        panic!()
    };
    let done = e
        .data
        .response_details
        .unwrap()
        .response
        .unwrap()
        .is_completed
        .unwrap();
    assert_eq!(done.as_bool(), Some(false));
}
