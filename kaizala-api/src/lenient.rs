//! Reading the values the service sends loosely typed.

use crate::types::{Group, LenientBool, OptionalResultResponse, SubGroupListResponse};

impl LenientBool {
    /// The boolean, whether the service sent `true` or `"true"` (any case,
    /// surrounding blanks ignored). `None` for any other string.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Boolean(value) => Some(*value),
            Self::String(text) => match text.trim().to_ascii_lowercase().as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            },
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
