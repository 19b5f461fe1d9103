//! Typed webhook events: [`KaizalaEvent`] and survey answers ([`SurveyAnswer`]).

use std::any::Any;

use kaizala_api::types::{
    MediaItem, QuestionAnswer, SurveyEventData, WebhookEvent, WebhookEventType,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// One event of a known type: the delivery's envelope and its typed `data`.
///
/// The envelope is the generated [`WebhookEvent`]; its `data` field still
/// holds the raw JSON of `data`, so nothing the typed struct does not know
/// is lost ([`Event::data_as`] re-reads it as another type).
#[derive(Clone, Debug)]
pub struct Event<D> {
    /// The envelope: ids, `eventType`, `context`, who caused the event, raw `data`.
    pub envelope: WebhookEvent,
    /// `data`, decoded as the generated type for this event type.
    pub data: D,
}

impl<D> Event<D> {
    /// The raw `data` of the delivery (`Value::Null` when it had none).
    pub fn raw_data(&self) -> &Value {
        self.envelope.data.as_ref().unwrap_or(&Value::Null)
    }

    /// Re-reads the raw `data` as another type, e.g. a field the generated
    /// type does not know yet, or a payload whose `eventType` was mislabelled.
    pub fn data_as<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(self.raw_data())
    }
}

impl Event<SurveyEventData> {
    /// The answers of a response, each decoded by its question type (empty
    /// for events that carry none, such as `SurveyCreated`).
    pub fn answers(&self) -> Vec<AnsweredQuestion> {
        survey_answers(&self.data)
    }
}

/// Defines [`KaizalaEvent`], one variant per event type of the spec, from
/// [`kaizala_api::webhook_events!`]: the event type's name, the generated type
/// its `data` decodes as and the variant's doc all come from
/// `spec/kaizala.yaml` (`x-kaizala-event-data` on `WebhookEventType`).
macro_rules! kaizala_event {
    ($(($variant:ident, $data:ty, $doc:literal)),* $(,)?) => {
        /// A webhook delivery, dispatched on its `eventType`.
        ///
        /// Decoding ([`KaizalaEvent::from_value`]) never fails once the envelope is
        /// readable:
        ///
        /// - an `eventType` this crate does not know becomes [`KaizalaEvent::Unknown`],
        ///   keeping the whole delivery as raw JSON;
        /// - a known `eventType` whose `data` does not fit the generated type (a
        ///   required field missing, a wrong JSON type, no `data` at all) becomes
        ///   [`KaizalaEvent::Malformed`], keeping the raw JSON and the decode error, so
        ///   the handler can still log, park or inspect it.
        ///
        /// Dispatch follows `eventType` only, never the shape of `data`: a delivery
        /// labelled `JobResponse` is a [`KaizalaEvent::JobResponse`] even if its
        /// `data` looks like a member event (the reference page's MemberAdded sample
        /// is labelled that way). Unknown fields are ignored and all fields of most
        /// `*EventData` types are optional, so such an event carries empty typed
        /// fields; [`Event::data_as`] reads the raw `data` as another type.
        ///
        /// The variants of known event types, their `data` types and docs are
        /// generated from the spec's `WebhookEventType` (see
        /// [`kaizala_api::webhook_events!`]).
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub enum KaizalaEvent {
            $(
                #[doc = $doc]
                $variant(Event<$data>),
            )*
            /// A known `eventType` whose `data` did not decode as its generated type.
            Malformed {
                /// The envelope (its `data` is the raw `data`).
                envelope: WebhookEvent,
                /// The whole delivery as received.
                raw: Value,
                /// Why `data` did not decode.
                error: String,
            },
            /// An `eventType` this crate does not know.
            Unknown {
                /// The envelope (its `data` is the raw `data`).
                envelope: WebhookEvent,
                /// The whole delivery as received.
                raw: Value,
            },
        }

        impl KaizalaEvent {
            fn from_envelope(envelope: WebhookEvent, raw: Value) -> Self {
                match envelope.event_type.as_str() {
                    $(stringify!($variant) => typed(envelope, raw, KaizalaEvent::$variant),)*
                    _ => KaizalaEvent::Unknown { envelope, raw },
                }
            }

            /// The envelope of any variant.
            pub fn envelope(&self) -> &WebhookEvent {
                match self {
                    $(KaizalaEvent::$variant(e) => &e.envelope,)*
                    KaizalaEvent::Malformed { envelope, .. }
                    | KaizalaEvent::Unknown { envelope, .. } => envelope,
                }
            }

            /// The typed `data` as JSON: exactly what the typed fields hold (`None`
            /// for [`KaizalaEvent::Malformed`] and [`KaizalaEvent::Unknown`]). A key
            /// of the raw `data` missing here is one no typed field holds.
            pub fn typed_data_json(&self) -> Option<Value> {
                let json = match self {
                    $(KaizalaEvent::$variant(e) => serde_json::to_value(&e.data),)*
                    KaizalaEvent::Malformed { .. } | KaizalaEvent::Unknown { .. } => return None,
                };
                json.ok()
            }

            /// The answers of a survey, poll or Action event (any event whose
            /// `data` is a [`SurveyEventData`]), decoded by question type (empty
            /// for every other event).
            pub fn answers(&self) -> Vec<AnsweredQuestion> {
                let data: &dyn Any = match self {
                    $(KaizalaEvent::$variant(e) => &e.data,)*
                    KaizalaEvent::Malformed { .. } | KaizalaEvent::Unknown { .. } => return Vec::new(),
                };
                data.downcast_ref::<SurveyEventData>()
                    .map(survey_answers)
                    .unwrap_or_default()
            }
        }
    };
}

kaizala_api::webhook_events!(kaizala_event);

/// Decodes `data` of a delivery whose `eventType` is known as `D`, wrapped
/// by `variant`; [`KaizalaEvent::Malformed`] when it does not fit.
fn typed<D: DeserializeOwned>(
    envelope: WebhookEvent,
    raw: Value,
    variant: fn(Event<D>) -> KaizalaEvent,
) -> KaizalaEvent {
    let data = envelope.data.clone().unwrap_or(Value::Null);
    match serde_json::from_value(data) {
        Ok(data) => variant(Event { envelope, data }),
        Err(error) => KaizalaEvent::Malformed {
            envelope,
            raw,
            error: error.to_string(),
        },
    }
}

impl KaizalaEvent {
    /// Decodes a delivery body. Fails only when the body is not JSON or not a
    /// webhook envelope (no string `eventType` and `eventId`).
    pub fn from_slice(body: &[u8]) -> Result<Self, serde_json::Error> {
        let raw: Value = serde_json::from_slice(body)?;
        Self::from_value(raw)
    }

    /// Decodes a delivery already parsed as JSON. Fails only when it is not a
    /// webhook envelope (no string `eventType` and `eventId`).
    pub fn from_value(raw: Value) -> Result<Self, serde_json::Error> {
        let envelope = WebhookEvent::deserialize(&raw)?;
        Ok(Self::from_envelope(envelope, raw))
    }

    /// The delivery's `eventId` (a duplicate delivery repeats it).
    pub fn event_id(&self) -> &str {
        &self.envelope().event_id
    }

    /// The delivery's `eventType`, as sent.
    pub fn event_type(&self) -> &str {
        &self.envelope().event_type
    }

    /// The `eventType` as a known [`WebhookEventType`] (`None` for
    /// [`KaizalaEvent::Unknown`]).
    pub fn kind(&self) -> Option<WebhookEventType> {
        self.event_type().parse().ok()
    }
}

/// One answered question of a survey, poll or Action response.
#[derive(Clone, Debug)]
pub struct AnsweredQuestion {
    /// The question's title.
    pub title: Option<String>,
    /// The question type as sent (`Text`, `SingleOption`, …).
    pub question_type: Option<String>,
    /// True for answers the app fills in itself (e.g. `ResponseTime`).
    pub is_invisible: bool,
    /// The answer, decoded by question type.
    pub answer: SurveyAnswer,
}

/// An answer, decoded by its question's type.
///
/// Anything that does not fit its question type (or a type this crate does
/// not know) is kept as [`SurveyAnswer::Other`]; decoding never fails.
#[derive(Clone, Debug)]
pub enum SurveyAnswer {
    /// `Text`.
    Text(String),
    /// `SingleOption`: the chosen option. Real deliveries send a one-element
    /// array; a bare string is accepted as well.
    SingleOption(String),
    /// `MultiOption`: the chosen options.
    MultiOption(Vec<String>),
    /// `Numeric` (a JSON number, or a string holding one).
    Numeric(f64),
    /// `Date` / `DateTime`: epoch milliseconds.
    DateTime(i64),
    /// `Location`. Accepts `latitude`/`longitude`/`name`/`accuracy`,
    /// `lat`/`long` and the app's short `lt`/`lg`/`n`/`acc`.
    Location {
        /// Latitude in degrees.
        lat: f64,
        /// Longitude in degrees.
        long: f64,
        /// The place's name, if given.
        name: Option<String>,
        /// The fix's accuracy in metres (`acc`), if given.
        accuracy: Option<f64>,
    },
    /// `AttachmentList` (and `Image`): the media files.
    Attachments(Vec<MediaItem>),
    /// An answer that did not fit its question type, or of an unknown type.
    Other(Value),
}

/// The answers of a survey/Action/poll event, decoded by question type.
pub fn survey_answers(data: &SurveyEventData) -> Vec<AnsweredQuestion> {
    data.response_details
        .iter()
        .flat_map(|details| details.response_with_questions.iter())
        .map(|question| AnsweredQuestion {
            title: question.title.clone(),
            question_type: question.type_.clone(),
            is_invisible: question.is_invisible.unwrap_or(false),
            answer: decode_answer(question),
        })
        .collect()
}

/// Decodes one answer by its question type (see [`SurveyAnswer`]).
pub fn decode_answer(question: &QuestionAnswer) -> SurveyAnswer {
    let value = question.answer.clone().unwrap_or(Value::Null);
    let decoded = match question.type_.as_deref() {
        Some("Text") => value.as_str().map(|s| SurveyAnswer::Text(s.to_owned())),
        Some("SingleOption") => single_option(&value),
        Some("MultiOption") => string_list(&value).map(SurveyAnswer::MultiOption),
        Some("Numeric") => number(&value).map(SurveyAnswer::Numeric),
        Some("Date" | "DateTime") => epoch_ms(&value).map(SurveyAnswer::DateTime),
        Some("Location") => location(&value),
        Some("AttachmentList" | "Image") => {
            let items = match &value {
                Value::Array(_) => Vec::<MediaItem>::deserialize(&value).ok(),
                Value::Object(_) => MediaItem::deserialize(&value).ok().map(|m| vec![m]),
                _ => None,
            };
            items.map(SurveyAnswer::Attachments)
        }
        _ => None,
    };
    decoded.unwrap_or(SurveyAnswer::Other(value))
}

fn single_option(value: &Value) -> Option<SurveyAnswer> {
    match value {
        Value::String(s) => Some(SurveyAnswer::SingleOption(s.clone())),
        Value::Array(items) => match items.as_slice() {
            [Value::String(s)] => Some(SurveyAnswer::SingleOption(s.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn string_list(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::Array(items) => items
            .iter()
            .map(|item| item.as_str().map(str::to_owned))
            .collect(),
        Value::String(s) => Some(vec![s.clone()]),
        _ => None,
    }
}

// Numeric strings are read by the one lenient-value module.
use kaizala_api::lenient::{integer as epoch_ms, number};

fn location(value: &Value) -> Option<SurveyAnswer> {
    let object = value.as_object()?;
    let pick = |keys: &[&str]| keys.iter().find_map(|k| object.get(*k)).and_then(number);
    let lat = pick(&["latitude", "lat", "lt"])?;
    let long = pick(&["longitude", "long", "lng", "lg"])?;
    let name = ["name", "n"]
        .iter()
        .find_map(|k| object.get(*k))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let accuracy = pick(&["acc", "accuracy"]);
    Some(SurveyAnswer::Location {
        lat,
        long,
        name,
        accuracy,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn q(kind: &str, answer: Value) -> QuestionAnswer {
        QuestionAnswer {
            answer: Some(answer),
            type_: Some(kind.to_owned()),
            ..Default::default()
        }
    }

    #[test]
    fn single_option_as_array_or_string() {
        for answer in [json!(["Yes"]), json!("Yes")] {
            match decode_answer(&q("SingleOption", answer.clone())) {
                SurveyAnswer::SingleOption(s) => assert_eq!(s, "Yes"),
                other => panic!("{answer}: {other:?}"),
            }
        }
        assert!(matches!(
            decode_answer(&q("SingleOption", json!(["a", "b"]))),
            SurveyAnswer::Other(_)
        ));
    }

    #[test]
    fn each_question_type() {
        assert!(
            matches!(decode_answer(&q("MultiOption", json!(["a", "b"]))), SurveyAnswer::MultiOption(v) if v == ["a", "b"])
        );
        assert!(
            matches!(decode_answer(&q("Numeric", json!(4.5))), SurveyAnswer::Numeric(n) if n == 4.5)
        );
        assert!(
            matches!(decode_answer(&q("Numeric", json!("7"))), SurveyAnswer::Numeric(n) if n == 7.0)
        );
        assert!(matches!(
            decode_answer(&q("DateTime", json!(1521800782956i64))),
            SurveyAnswer::DateTime(1521800782956)
        ));
        assert!(matches!(
            decode_answer(&q("Date", json!("1521800782956"))),
            SurveyAnswer::DateTime(1521800782956)
        ));
        match decode_answer(&q(
            "Location",
            json!({"lt": 17.5, "lg": 78.25, "n": "Hyd", "acc": 12.5}),
        )) {
            SurveyAnswer::Location {
                lat,
                long,
                name,
                accuracy,
            } => assert_eq!(
                (lat, long, name.as_deref(), accuracy),
                (17.5, 78.25, Some("Hyd"), Some(12.5))
            ),
            other => panic!("{other:?}"),
        }
        match decode_answer(&q("Location", json!({"latitude": -1.0, "longitude": 2.0}))) {
            SurveyAnswer::Location {
                lat,
                long,
                name,
                accuracy,
            } => assert_eq!((lat, long, name, accuracy), (-1.0, 2.0, None, None)),
            other => panic!("{other:?}"),
        }
        match decode_answer(&q(
            "AttachmentList",
            json!([{"mediaUrl": "https://x/y.jpg", "mediaFileName": "y.jpg"}]),
        )) {
            SurveyAnswer::Attachments(items) => {
                assert_eq!(items[0].media_file_name.as_deref(), Some("y.jpg"))
            }
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(decode_answer(&q("Text", json!("hi"))), SurveyAnswer::Text(s) if s == "hi")
        );
    }

    #[test]
    fn mismatches_and_unknown_types_are_kept() {
        for (kind, answer) in [
            ("Text", json!(5)),
            ("Numeric", json!("five")),
            ("DateTime", json!(1.5)),
            ("Location", json!({"name": "nowhere"})),
            ("MultiOption", json!([1, 2])),
            ("AttachmentList", json!("x")),
            ("Rating", json!(5)),
        ] {
            match decode_answer(&q(kind, answer.clone())) {
                SurveyAnswer::Other(v) => assert_eq!(v, answer),
                other => panic!("{kind} {answer}: {other:?}"),
            }
        }
        let missing = QuestionAnswer {
            type_: Some("Text".into()),
            ..Default::default()
        };
        assert!(matches!(
            decode_answer(&missing),
            SurveyAnswer::Other(Value::Null)
        ));
    }

    #[test]
    fn envelope_without_ids_is_an_error_not_a_panic() {
        assert!(KaizalaEvent::from_value(json!({"eventType": "TextMessageCreated"})).is_err());
        assert!(KaizalaEvent::from_value(json!([1, 2])).is_err());
        assert!(KaizalaEvent::from_slice(b"{").is_err());
    }
}
