//! What consumers read from webhook deliveries is typed (issue 10, section
//! 4): the emulator's MemberAdded carries the member id, a SurveyResponse the
//! responder and their id, and a Location answer its accuracy (`acc`); each
//! decodes into its typed variant with no field of `data` left untyped.

use std::time::Duration;

use crate::e2e_support::{BOB, Receiver, phones, start};
use kaizala_ext::kaizala_api::types::{
    ActionRequest, ActionResponseRequest, AddMembersRequest, CreateGroupRequest,
    CreateWebhookRequest, LocationAnswer, Question, QuestionType, SurveyAnswer as AnswerSent,
    SurveyBody, SurveyResponseBody, WebhookEventType, WebhookObjectType,
};
use kaizala_ext::webhook::{KaizalaEvent, SurveyAnswer};

#[tokio::test]
async fn member_and_response_events_carry_the_ids_consumers_read() {
    let env = start().await;
    let (emu, client) = (&env.emu, &env.client);
    let group = client
        .create_group()
        .body(CreateGroupRequest {
            name: "Typed".into(),
            welcome_message: "hi".into(),
            members: vec![],
            group_type: None,
        })
        .send()
        .await
        .expect("createGroup")
        .into_inner()
        .group_id;
    let receiver = Receiver::start().await;
    client
        .create_webhook()
        .body(CreateWebhookRequest {
            object_id: group.clone(),
            object_type: WebhookObjectType::Group,
            event_types: vec![
                WebhookEventType::MemberAdded,
                WebhookEventType::SurveyResponse,
            ],
            call_back_url: receiver.url.parse().expect("url"),
            call_back_token: Some(receiver.token.into()),
            call_back_context: None,
            validity: None,
        })
        .send()
        .await
        .expect("createWebhook");

    client
        .add_members()
        .group_id(group.as_str())
        .body(AddMembersRequest {
            members: phones(&[BOB]),
        })
        .send()
        .await
        .expect("addMembers");
    let survey = client
        .send_action()
        .group_id(group.as_str())
        .body(ActionRequest::Survey {
            action_body: SurveyBody {
                title: "Where are you?".into(),
                questions: vec![Question {
                    title: "Location".into(),
                    type_: QuestionType::Location,
                    options: vec![],
                    is_invisible: None,
                }],
                accept_multiple_responses: None,
                due_date: None,
                is_anonymous: None,
                is_sender_only: None,
            },
            subscribers: None,
            send_to_all_subscribers: None,
        })
        .send()
        .await
        .expect("sendAction")
        .into_inner()
        .action_id
        .expect("actionId");
    client
        .respond_to_action()
        .group_id(group.as_str())
        .action_id(survey.as_str())
        .body(ActionResponseRequest::Survey {
            action_body: SurveyResponseBody {
                response_name: None,
                response_location: None,
                answers: vec![AnswerSent::LocationAnswer(LocationAnswer {
                    lt: 17.5,
                    lg: 78.25,
                    n: Some("Hyderabad".into()),
                    acc: Some(12.5),
                })],
            },
            response_id: None,
        })
        .send()
        .await
        .expect("respondToAction");

    let delivered = emu.wait_for_deliveries(2, Duration::from_secs(5)).await;
    assert_eq!(delivered.len(), 2, "{delivered:?}");
    let bob = emu
        .users()
        .into_iter()
        .find(|u| u.mobile_number == BOB)
        .expect("Bob");
    let mut seen = 0;
    for delivery in delivered {
        let event = KaizalaEvent::from_value(delivery.payload.clone()).expect("an envelope");
        let typed = event.typed_data_json().expect("typed");
        for key in delivery.payload["data"].as_object().expect("data").keys() {
            assert!(
                typed.get(key).is_some(),
                "{}: `{key}` is untyped",
                event.event_type()
            );
        }
        match event {
            KaizalaEvent::MemberAdded(e) => {
                assert_eq!(e.data.member.as_deref(), Some(BOB));
                assert_eq!(e.data.member_id.as_deref(), Some(bob.id.as_str()));
                seen += 1;
            }
            KaizalaEvent::SurveyResponse(e) => {
                assert!(e.data.responder.is_some());
                assert!(
                    e.data
                        .responder_id
                        .as_deref()
                        .is_some_and(|id| !id.is_empty())
                );
                assert_eq!(e.data.action_id.as_deref(), Some(survey.as_str()));
                assert_eq!(e.data.group_id.as_deref(), Some(group.as_str()));
                assert!(e.data.response_id.is_some());
                let answers = e.answers();
                assert_eq!(answers.len(), 1);
                assert_eq!(answers[0].title.as_deref(), Some("Location"));
                assert_eq!(answers[0].question_type.as_deref(), Some("Location"));
                match &answers[0].answer {
                    SurveyAnswer::Location {
                        lat,
                        long,
                        name,
                        accuracy,
                    } => {
                        assert_eq!((*lat, *long), (17.5, 78.25));
                        assert_eq!(name.as_deref(), Some("Hyderabad"));
                        assert_eq!(*accuracy, Some(12.5));
                    }
                    other => panic!("{other:?}"),
                }
                seen += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(seen, 2);
}
