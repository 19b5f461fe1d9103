//! Optional sample data with fixed ids, so that a demo or a conformance tool can reach every
//! operation without creating objects first.

use serde_json::json;

use crate::model::{
    Action, ActionResponse, Audience, Group, GroupType, Member, Message, Role, Subscriber, Webhook,
};
use crate::state::State;
use crate::time::now_ms;

/// Id of the sample group (admin: the default connector's user; members: the seeded users).
pub const SAMPLE_GROUP_ID: &str = "sample-group";
/// Id of the sample sub-group of [`SAMPLE_GROUP_ID`].
pub const SAMPLE_SUB_GROUP_ID: &str = "sample-sub-group";
/// Id of the sample managed public group (three subscribers).
pub const SAMPLE_PUBLIC_GROUP_ID: &str = "sample-public-group";
/// `actionId` of the sample survey in [`SAMPLE_GROUP_ID`].
pub const SAMPLE_SURVEY_ID: &str = "sample-survey";
/// `referenceId` of the sample survey.
pub const SAMPLE_SURVEY_REFERENCE_ID: &str = "sample-survey-reference";
/// `actionId` of the sample job in [`SAMPLE_GROUP_ID`].
pub const SAMPLE_JOB_ID: &str = "sample-job";
/// `referenceId` of the sample text message in [`SAMPLE_GROUP_ID`].
pub const SAMPLE_MESSAGE_REFERENCE_ID: &str = "sample-message-reference";
/// Id of the sample (inactive) webhook on [`SAMPLE_GROUP_ID`].
pub const SAMPLE_WEBHOOK_ID: &str = "sample-webhook";

pub(crate) fn seed(st: &mut State, admin_mobile: &str) {
    let now = now_ms();
    let admin = st.user_or_create(admin_mobile);
    let others: Vec<_> = crate::SEEDED_USERS
        .iter()
        .map(|(m, _)| st.user_or_create(m))
        .collect();
    let member = |u: &crate::model::User, role| Member {
        user_id: u.id.clone(),
        mobile_number: u.mobile_number.clone(),
        role,
    };
    let mut members = vec![member(&admin, Role::Admin)];
    members.extend(others.iter().map(|u| member(u, Role::Member)));
    let group = |id: &str, name: &str, t, members: Vec<Member>| Group {
        id: id.into(),
        name: name.into(),
        welcome_message: format!("Welcome to {name}"),
        group_type: t,
        image_url: String::new(),
        members,
        sub_groups: Vec::new(),
        parent_groups: Vec::new(),
        subscribers: Vec::new(),
        created_ms: now,
    };
    let mut main = group(SAMPLE_GROUP_ID, "Sample group", GroupType::Group, members);
    main.sub_groups.push(SAMPLE_SUB_GROUP_ID.into());
    let mut sub = group(
        SAMPLE_SUB_GROUP_ID,
        "Sample sub-group",
        GroupType::Group,
        vec![member(&admin, Role::Admin)],
    );
    sub.parent_groups.push(SAMPLE_GROUP_ID.into());
    let mut public = group(
        SAMPLE_PUBLIC_GROUP_ID,
        "Sample public group",
        GroupType::ConnectGroup,
        vec![member(&admin, Role::Admin)],
    );
    for i in 0..3 {
        let u = st.user_or_create(&format!("+1555030000{i}"));
        public.subscribers.push(Subscriber {
            user_id: u.id,
            mobile_number: u.mobile_number,
            seq: crate::subscribers::next_seq(),
        });
    }
    st.groups.extend([main, sub, public]);
    st.messages.push(Message {
        reference_id: SAMPLE_MESSAGE_REFERENCE_ID.into(),
        group_id: SAMPLE_GROUP_ID.into(),
        text: "Hello from the sample data".into(),
        sender: admin.mobile_number.clone(),
        sent_ms: now,
        audience: Audience::Group,
    });
    st.actions.push(Action {
        id: SAMPLE_SURVEY_ID.into(),
        reference_id: SAMPLE_SURVEY_REFERENCE_ID.into(),
        group_id: SAMPLE_GROUP_ID.into(),
        action_type: "Survey".into(),
        package_id: None,
        body: json!({
            "title": "Sample survey", "dueDate": 24, "isAnonymous": false, "isSenderOnly": false,
            "acceptMultipleResponses": true, "properties": [],
            "questions": [{ "title": "Anything to add?", "type": "Text", "options": [], "isInvisible": false }],
        }),
        sender: admin.mobile_number.clone(),
        created_ms: now,
        audience: Audience::Group,
        responses: vec![ActionResponse {
            id: "sample-survey-response".into(),
            responder: others[0].mobile_number.clone(),
            body: json!({ "answers": ["Nothing"] }),
            created_ms: now,
            updated_ms: now,
            updates: 0,
        }],
    });
    st.actions.push(Action {
        id: SAMPLE_JOB_ID.into(),
        reference_id: "sample-job-reference".into(),
        group_id: SAMPLE_GROUP_ID.into(),
        action_type: "Job".into(),
        package_id: None,
        body: json!({ "title": "Sample job", "assignedTo": [admin.mobile_number], "dueDate": 24 }),
        sender: admin.mobile_number.clone(),
        created_ms: now,
        audience: Audience::Group,
        responses: Vec::new(),
    });
    st.webhooks.push(Webhook {
        id: SAMPLE_WEBHOOK_ID.into(),
        object_id: SAMPLE_GROUP_ID.into(),
        object_type: "Group".into(),
        events: vec!["TextMessageCreated".into()],
        callback_url: "http://127.0.0.1:9/sample-callback".into(),
        callback_token: "sample-token".into(),
        callback_context: String::new(),
        created_ms: now,
        validity_ms: now + 2 * 365 * 24 * 3600 * 1000,
        active: false,
    });
}
