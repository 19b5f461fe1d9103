//! Reading the values the service sends loosely typed: string booleans
//! (`"true"`), numeric strings (`"12.5"`, `"1518481686294"`). The one place
//! for these rules; kaizala-ext's webhook decoding uses them too.

use serde_json::Value;

use crate::types::{Group, LenientBool, OptionalResultResponse, SubGroupListResponse};

/// A boolean sent as `true` or as a string (`"true"`, `"False"`, any case,
/// surrounding blanks ignored); `None` for anything else.
pub fn boolean(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(text) => bool_text(text),
        _ => None,
    }
}

fn bool_text(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// A finite number sent as a number or a numeric string.
pub fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
        _ => None,
    }
}

/// A whole number (epoch milliseconds, counts) sent as a number, a whole
/// float, or a numeric string.
pub fn integer(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e18)
                .map(|f| f as i64)
        }),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    }
}

impl LenientBool {
    /// The boolean, whether the service sent `true` or `"true"` (any case,
    /// surrounding blanks ignored). `None` for any other string.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Boolean(value) => Some(*value),
            Self::String(text) => bool_text(text),
        }
    }

    /// True only for `true` and `"true"`.
    pub fn is_true(&self) -> bool {
        self.as_bool() == Some(true)
    }
}

impl SubGroupListResponse {
    /// The groups, whichever shape the service answered: the page's
    /// `{"groups": [...]}`, or the Swagger example's one group object (a
    /// one-element slice). Each carries its `subGroups`.
    pub fn groups(&self) -> &[Group] {
        match self {
            Self::GroupList(list) => &list.groups,
            Self::SubGroupTree(tree) => std::slice::from_ref(&tree.0),
        }
    }
}

impl OptionalResultResponse {
    /// False only when the service said `"result": false`; an empty body,
    /// `{}` or `"result": true` is success.
    pub fn succeeded(&self) -> bool {
        self.result.as_ref().and_then(LenientBool::as_bool) != Some(false)
    }
}

/// A success without a body (any 2xx, 204 included) reads as `200 {}`: for
/// operations whose success body no source shows (addSubGroup,
/// removeSubGroup, updateWebhook, deleteWebhook) that is success; for the
/// others, decoding `{}` names the missing field. The spec documents only
/// 200, so a bodiless 204 would otherwise be an "unexpected response".
pub(crate) fn empty_success_as_object(response: reqwest::Response) -> reqwest::Response {
    if !response.status().is_success() || response.content_length() != Some(0) {
        return response;
    }
    let mut builder = http::Response::builder()
        .status(reqwest::StatusCode::OK)
        .version(response.version());
    if let Some(headers) = builder.headers_mut() {
        *headers = response.headers().clone();
        headers.insert(
            reqwest::header::CONTENT_LENGTH,
            reqwest::header::HeaderValue::from_static("2"),
        );
    }
    match builder.body(reqwest::Body::from("{}")) {
        Ok(rebuilt) => reqwest::Response::from(rebuilt),
        Err(_) => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_booleans_and_their_strings() {
        let cases = [
            ("true", Some(true)),
            ("false", Some(false)),
            ("\"true\"", Some(true)),
            ("\" False \"", Some(false)),
            ("\"yes\"", None),
        ];
        for (json, expected) in cases {
            let value: LenientBool = serde_json::from_str(json).expect("boolean or string");
            assert_eq!(value.as_bool(), expected, "{json}");
        }
    }

    #[test]
    fn an_empty_success_body_reads_as_an_empty_object() {
        let empty = http::Response::builder()
            .status(200)
            .header("content-length", "0")
            .body(reqwest::Body::from(""))
            .expect("a response");
        let rebuilt = empty_success_as_object(reqwest::Response::from(empty));
        assert_eq!(rebuilt.content_length(), Some(2));
        let error = http::Response::builder()
            .status(404)
            .header("content-length", "0")
            .body(reqwest::Body::from(""))
            .expect("a response");
        let kept = empty_success_as_object(reqwest::Response::from(error));
        assert_eq!(kept.content_length(), Some(0));
    }

    #[test]
    fn optional_result_is_success_unless_false() {
        let read = |json: &str| -> bool {
            serde_json::from_str::<OptionalResultResponse>(json)
                .expect("decodes")
                .succeeded()
        };
        assert!(read("{}"));
        assert!(read(r#"{"result": "true"}"#));
        assert!(read(r#"{"result": true}"#));
        assert!(!read(r#"{"result": false}"#));
    }
}

#[cfg(test)]
mod lenient_values {
    use serde_json::json;

    use super::*;

    #[test]
    fn loosely_typed_values_read_as_the_service_meant_them() {
        assert_eq!(boolean(&json!(" True ")), Some(true));
        assert_eq!(boolean(&json!("false")), Some(false));
        assert_eq!(boolean(&json!(true)), Some(true));
        assert_eq!(boolean(&json!("yes")), None);
        assert_eq!(number(&json!("12.5")), Some(12.5));
        assert_eq!(number(&json!("NaN")), None);
        assert_eq!(integer(&json!("1518481686294")), Some(1_518_481_686_294));
        assert_eq!(integer(&json!(2.0)), Some(2));
        assert_eq!(integer(&json!(2.5)), None);
        assert_eq!(integer(&json!(1e300)), None);
    }
}
