//! Hiding secret values in anything that quotes a request or response:
//! error messages, log lines, recorded requests.
//!
//! Which fields are secret is not a hand list: it is every header, query
//! parameter and body field the spec types as `#/components/schemas/Secret`
//! or marks `x-kaizala-secret: true` (the PIN), as `cargo xtask gen` records
//! them in the operation table ([`crate::operations::Operation::secrets`]),
//! plus the `accessToken` header of the security scheme. A field is matched
//! by its name, case-insensitively and at any depth, so both spellings of the
//! callback token (`callBackToken`, `callbackToken`) and a token echoed
//! inside an error body are covered, whatever the value's JSON type.
//!
//! ```
//! use kaizala_api::redact;
//!
//! let body = br#"{"webhooks":[{"id":"w1","callbackToken":"s3cret"}],"ts":"bad"}"#;
//! let excerpt = redact::json_excerpt(body, 200);
//! assert!(!excerpt.contains("s3cret"));
//! assert!(excerpt.contains(r#""callbackToken":"[redacted]""#));
//!
//! // A decoder's message may quote the value itself; scrub it with the body.
//! let message = r#"invalid type: string "s3cret", expected a number"#;
//! assert!(!redact::message(message, body).contains("s3cret"));
//! ```
//!
//! The lead use is an error conversion that quotes a body:
//! `Decode { message: redact::message(&e.to_string(), &body), snippet:
//! redact::json_excerpt(&body, 200) }`.

use std::sync::OnceLock;

use bytes::Bytes;
use progenitor_client::{Error, ResponseValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::operations;

/// What a secret value is replaced with.
pub const REDACTED: &str = "[redacted]";

/// What [`redact_value`] puts in place of a secret that was a JSON number.
pub const REDACTED_NUMBER: &str = "[redacted number]";

/// Secret names that are not in any schema: the `accessToken` header is the
/// security scheme's API key.
const SCHEME_SECRETS: [&str; 1] = ["accessToken"];

/// Bodies longer than this are redacted as text from their first bytes
/// instead of being parsed whole (an excerpt never needs more).
const PARSE_LIMIT: usize = 64 * 1024;

/// Values shorter than this are not searched for verbatim by [`message`]:
/// they would match unrelated digits and words (a PIN has at least four).
const MIN_SCRUBBED_VALUE: usize = 4;

/// Every secret field name the spec declares, plus `accessToken`, each once
/// (compared case-insensitively), in first-seen order.
pub fn secret_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<&'static str> = Vec::new();
        let declared = operations::all()
            .iter()
            .flat_map(|op| op.secrets.iter().map(operations::SecretField::name));
        for name in SCHEME_SECRETS.into_iter().chain(declared) {
            if !name.is_empty() && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name);
            }
        }
        names
    })
}

/// True when a header, parameter or field called `name` carries a secret
/// (case-insensitive: `callBackToken`, `callbacktoken`, `PIN`).
pub fn is_secret_name(name: &str) -> bool {
    secret_names().iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Replaces, in place and at any depth, the value of every secret-named
/// field with [`REDACTED`] (whatever its type; `null` and `""` are kept, they
/// hide nothing), and redacts `key: value` fragments inside strings (an error
/// message that quotes a body).
pub fn redact_value(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, field) in map.iter_mut() {
                if is_secret_name(key) {
                    let empty = field.is_null() || field.as_str() == Some("");
                    if !empty {
                        // Keeps the wire form visible (the PIN goes as a
                        // number), never the value.
                        let shown = if field.is_number() {
                            REDACTED_NUMBER
                        } else {
                            REDACTED
                        };
                        *field = Value::String(shown.to_owned());
                    }
                } else {
                    redact_value(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_value),
        Value::String(text) if mentions_secret(text) => *text = redact_text(text),
        _ => {}
    }
}

/// Redacts secret values in free text: JSON (`"pin": 1234`,
/// `"callbackToken":"…"`), JSON quoted inside a string or a `Debug` dump
/// (`\"accessToken\":\"…\"`), form and query strings (`pin=1234&…`) and
/// header dumps (`refreshtoken: …`). A value cut off by the end of the text
/// is redacted to the end.
pub fn redact_text(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    while let Some((value_start, value_end)) = next_secret(text, &lower, done) {
        out.push_str(&text[done..value_start]);
        out.push_str(REDACTED);
        done = value_end;
    }
    out.push_str(&text[done..]);
    out
}

/// The values of every secret-named field in `body` (JSON at any depth, or
/// `key=value` / `"key": value` text when it is not JSON), non-empty ones only.
pub fn secret_values(body: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    if body.len() <= PARSE_LIMIT
        && let Ok(value) = serde_json::from_slice::<Value>(body)
    {
        collect_values(&value, &mut out);
    }
    // Also `key: value` fragments in text (and in JSON strings).
    let text = String::from_utf8_lossy(&body[..body.len().min(PARSE_LIMIT)]);
    let lower = text.to_ascii_lowercase();
    let mut done = 0;
    while let Some((value_start, value_end)) = next_secret(&text, &lower, done) {
        push_value(&mut out, &text[value_start..value_end]);
        done = value_end;
    }
    out
}

/// `message` (e.g. a decoder's error, which can quote the offending value)
/// with secret `key: value` fragments redacted and every secret value found
/// in `body` replaced by [`REDACTED`] wherever it appears.
pub fn message(message: &str, body: &[u8]) -> String {
    let mut text = redact_text(message);
    let mut values = secret_values(body);
    // Longest first, so a value containing another is replaced whole.
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    for value in values {
        if value.len() >= MIN_SCRUBBED_VALUE && text.contains(&value) {
            text = text.replace(&value, REDACTED);
        }
    }
    text
}

/// A short, redacted excerpt of a body for an error message: at most `max`
/// characters (plus `…` when cut). JSON is parsed, redacted field by field
/// and re-serialised compactly; anything else (or a body over 64 KiB, of
/// which only the start is read) is redacted as text with [`redact_text`].
/// Redaction happens before truncation, so a cut never exposes part of a
/// secret.
pub fn json_excerpt(body: &[u8], max: usize) -> String {
    let parsed = (body.len() <= PARSE_LIMIT)
        .then(|| serde_json::from_slice::<Value>(body).ok())
        .flatten();
    let text = match parsed {
        Some(mut value) => {
            redact_value(&mut value);
            serde_json::to_string(&value).unwrap_or_default()
        }
        None => redact_text(&String::from_utf8_lossy(
            &body[..body.len().min(PARSE_LIMIT)],
        )),
    };
    truncate(&text, max)
}

/// The whole of `body` with every secret redacted (no truncation): JSON
/// field by field, anything else as text.
pub fn redact_body(body: &[u8]) -> Vec<u8> {
    match serde_json::from_slice::<Value>(body) {
        Ok(mut value) => {
            redact_value(&mut value);
            serde_json::to_vec(&value).unwrap_or_default()
        }
        Err(_) => redact_text(&String::from_utf8_lossy(body)).into_bytes(),
    }
}

/// Wraps every decoding of a response in the generated client (inserted by
/// `cargo xtask gen`): a body that did not decode is kept in
/// [`Error::InvalidResponsePayload`] with its secrets redacted, and the
/// decoder's message loses any secret value it quoted, so that the error's
/// `Display` and `Debug` (which print the body) are safe to log. Other
/// results pass through untouched.
// The error type is progenitor's, returned as the generated client returns it.
#[allow(clippy::result_large_err)]
pub fn decoded<T, E>(
    result: Result<ResponseValue<T>, Error<E>>,
) -> Result<ResponseValue<T>, Error<E>> {
    match result {
        Err(Error::InvalidResponsePayload(body, error)) => {
            let text = message(&error.to_string(), &body);
            Err(Error::InvalidResponsePayload(
                Bytes::from(redact_body(&body)),
                <serde_json::Error as serde::de::Error>::custom(text),
            ))
        }
        other => other,
    }
}

/// Wraps every decoded error body in the generated client (inserted by
/// `cargo xtask gen`): secret fields, and `key=value` fragments in its
/// strings (a service message that echoes a token), are redacted, since the
/// body is only there to be shown. If the redacted JSON no longer decodes as
/// `E` (no generated error type has a field that would refuse it), the body
/// is kept as it was.
pub fn error_body<E: Serialize + DeserializeOwned>(
    mut value: ResponseValue<E>,
) -> ResponseValue<E> {
    let Ok(mut json) = serde_json::to_value(&*value) else {
        return value;
    };
    let before = json.clone();
    redact_value(&mut json);
    if json != before
        && let Ok(redacted) = serde_json::from_value::<E>(json)
    {
        *value = redacted;
    }
    value
}

/// `body` with every one of `values` (the secrets a request carried)
/// replaced by [`REDACTED`] wherever it appears, in each form a server may
/// echo it in: as sent, JSON-escaped (also with `\/`), and percent-encoded
/// (as a form does, and every byte). An error answer that repeats a secret
/// as bare text (`"message": "bad token abc…"`) has no secret name next to
/// it for the name-based redaction to see; the runtime knows what it sent
/// and scrubs it before any error text quotes the answer. Values shorter
/// than four bytes are left alone (they would match unrelated text).
/// Borrowed when nothing was found.
pub fn scrub_values<'b, S: AsRef<str>>(body: &'b [u8], values: &[S]) -> std::borrow::Cow<'b, [u8]> {
    let mut forms: Vec<Vec<u8>> = Vec::new();
    for value in values.iter().map(AsRef::as_ref) {
        if value.len() < MIN_SCRUBBED_VALUE {
            continue;
        }
        let json = serde_json::to_string(value).unwrap_or_default();
        let json = json.trim_matches('"').to_owned();
        let candidates = [
            value.to_owned(),
            json.replace('/', "\\/"),
            json,
            url::form_urlencoded::byte_serialize(value.as_bytes()).collect(),
            value
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect(),
        ];
        for form in candidates {
            if !form.is_empty() && !forms.iter().any(|f| f == form.as_bytes()) {
                forms.push(form.into_bytes());
            }
        }
    }
    // Longest first, so a form containing another is replaced whole.
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut out = std::borrow::Cow::Borrowed(body);
    for form in &forms {
        if let Some(replaced) = replace_all(&out, form, REDACTED.as_bytes()) {
            out = std::borrow::Cow::Owned(replaced);
        }
    }
    out
}

/// `haystack` with every `needle` replaced by `with`; `None` when there is
/// none.
fn replace_all(haystack: &[u8], needle: &[u8], with: &[u8]) -> Option<Vec<u8>> {
    let first = haystack.windows(needle.len()).position(|w| w == needle)?;
    let mut out = Vec::with_capacity(haystack.len());
    out.extend_from_slice(&haystack[..first]);
    out.extend_from_slice(with);
    let mut rest = &haystack[first + needle.len()..];
    while let Some(at) = rest.windows(needle.len()).position(|w| w == needle) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(with);
        rest = &rest[at + needle.len()..];
    }
    out.extend_from_slice(rest);
    Some(out)
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_owned(),
        Some((cut, _)) => {
            let mut out = text[..cut].to_owned();
            out.push('…');
            out
        }
    }
}

fn collect_values(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, field) in map {
                if is_secret_name(key) {
                    match field {
                        Value::String(s) => push_value(out, s),
                        Value::Number(n) => push_value(out, &n.to_string()),
                        Value::Null => {}
                        other => push_value(out, &other.to_string()),
                    }
                } else {
                    collect_values(field, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_values(v, out)),
        _ => {}
    }
}

fn push_value(out: &mut Vec<String>, value: &str) {
    if !value.is_empty() && value != REDACTED && !out.iter().any(|v| v == value) {
        out.push(value.to_owned());
    }
}

fn mentions_secret(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    secret_names()
        .iter()
        .any(|n| lower.contains(&n.to_ascii_lowercase()))
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The value of the first secret `key <sep> value` in `text` at or after
/// byte `from` (`lower` is `text` in ASCII lower case): its span in bytes,
/// without quotes.
fn next_secret(text: &str, lower: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut best: Option<(usize, usize, usize)> = None;
    for name in secret_names() {
        let needle = name.to_ascii_lowercase();
        let mut from = from;
        while let Some(found) = lower[from..].find(&needle) {
            let start = from + found;
            from = start + needle.len();
            if best.is_some_and(|(b, _, _)| b <= start) {
                break;
            }
            if start > 0 && is_word(bytes[start - 1]) {
                continue;
            }
            if let Some((value_start, mut value_end)) = value_after(bytes, start + needle.len()) {
                // An escape skip may stop inside a multi-byte character.
                while !text.is_char_boundary(value_end) {
                    value_end += 1;
                }
                best = Some((start, value_start, value_end));
                break;
            }
        }
    }
    best.map(|(_, start, end)| (start, end))
}

/// After a key ending at `at`: an optional closing quote (`"` or `\"`),
/// spaces, `:` or `=`, spaces, then the value. Returns the value's span
/// (without quotes), empty values and `null` excluded.
fn value_after(bytes: &[u8], mut at: usize) -> Option<(usize, usize)> {
    let skip_spaces = |at: &mut usize| {
        while *at < bytes.len() && (bytes[*at] == b' ' || bytes[*at] == b'\t') {
            *at += 1;
        }
    };
    if bytes.get(at) == Some(&b'\\') && bytes.get(at + 1) == Some(&b'"') {
        at += 2;
    } else if matches!(bytes.get(at), Some(b'"') | Some(b'\'')) {
        at += 1;
    }
    skip_spaces(&mut at);
    if !matches!(bytes.get(at), Some(b':') | Some(b'=')) {
        return None;
    }
    at += 1;
    skip_spaces(&mut at);
    let (start, end) = if bytes.get(at) == Some(&b'\\') && bytes.get(at + 1) == Some(&b'"') {
        // A string inside a quoted dump: up to the next `\"`.
        let start = at + 2;
        let mut end = start;
        while end < bytes.len() && !(bytes[end] == b'\\' && bytes.get(end + 1) == Some(&b'"')) {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        (start, end.min(bytes.len()))
    } else if matches!(bytes.get(at), Some(b'"') | Some(b'\'')) {
        let quote = bytes[at];
        let start = at + 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != quote {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        (start, end.min(bytes.len()))
    } else {
        let start = at;
        // A value redacted before (an error body redacted, then the message
        // quoting it): `]` would end it inside the marker, and every pass
        // would add one more `]` (`pin=[redacted]]]`).
        let mut end = if bytes[start..].starts_with(REDACTED.as_bytes()) {
            start + REDACTED.len()
        } else {
            start
        };
        while end < bytes.len()
            && !matches!(
                bytes[end],
                b'&' | b','
                    | b'}'
                    | b']'
                    | b')'
                    | b';'
                    | b'"'
                    | b'\''
                    | b'\\'
                    | b'<'
                    | b'>'
                    | b' '
                    | b'\t'
                    | b'\r'
                    | b'\n'
            )
        {
            end += 1;
        }
        (start, end)
    };
    let value = &bytes[start..end];
    if value.is_empty() || value == b"null" || value == REDACTED.as_bytes() {
        return None;
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn sent_values_are_scrubbed_in_every_echoed_form() {
        let token = "a/b+c\"d e";
        let values = [token.to_owned(), "123".to_owned()];
        let json = serde_json::to_string(&json!({"message": format!("bad {token}")})).unwrap();
        for body in [
            format!("plain {token} twice {token}"),
            json.clone(),
            json.replace('/', "\\/"),
            "form a%2Fb%2Bc%22d+e".to_owned(),
            "strict a%2Fb%2Bc%22d%20e".to_owned(),
        ] {
            let scrubbed = scrub_values(body.as_bytes(), &values);
            let text = String::from_utf8(scrubbed.into_owned()).unwrap();
            for form in ["a/b", "a\\/b", "a%2Fb"] {
                assert!(!text.contains(form), "{body} -> {text}");
            }
            assert!(text.contains(REDACTED), "{body} -> {text}");
        }
        // A JSON body stays JSON; short values and bodies without an echo
        // are untouched (and not copied).
        let scrubbed = scrub_values(json.as_bytes(), &values);
        serde_json::from_slice::<Value>(&scrubbed).unwrap();
        assert!(matches!(
            scrub_values(b"code 123", &values),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn redacting_twice_changes_nothing_more() {
        for text in [
            "pin=1234&x=1",
            "bad pin=1234",
            r#"{"pin": 1234}"#,
            "refreshToken: abc, next",
            "pin=[redacted]tail",
        ] {
            let once = redact_text(text);
            assert_eq!(redact_text(&once), once, "{text:?}");
            assert!(
                !once.contains("]]") && !once.contains("1234") && !once.contains("tail"),
                "{once}"
            );
        }
    }

    #[test]
    fn names_come_from_the_spec() {
        for name in [
            "accessToken",
            "refreshToken",
            "applicationSecret",
            "callBackToken",
            "callbackToken",
            "pin",
            "PIN",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in ["accessTokenExpiry", "endpointUrl", "mobileNumber", "id"] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn json_fields_at_any_depth_whatever_their_type() {
        let mut value = json!({
            "accessToken": "at-S3CRET", "refreshToken": null, "accessTokenExpiry": 5,
            "webhooks": [{"callbackToken": "cb-S3CRET", "nested": {"CallBackToken": ["x"]}}],
            "pin": 123456,
            "message": "echo: {\"refreshToken\":\"rt-S3CRET\"}",
        });
        redact_value(&mut value);
        assert_eq!(
            value,
            json!({
                "accessToken": REDACTED, "refreshToken": null, "accessTokenExpiry": 5,
                "webhooks": [{"callbackToken": REDACTED, "nested": {"CallBackToken": REDACTED}}],
                "pin": REDACTED_NUMBER,
                "message": "echo: {\"refreshToken\":\"[redacted]\"}",
            })
        );
    }

    #[test]
    fn text_forms_json_fragments_dumps_and_headers() {
        let cases = [
            (
                "mobileNumber=%2B91&pin=1234&applicationId=a",
                "mobileNumber=%2B91&pin=[redacted]&applicationId=a",
            ),
            (
                r#"b"{\"callbackToken\":\"cb-S3CRET\",\"id\":\"w\"}""#,
                r#"b"{\"callbackToken\":\"[redacted]\",\"id\":\"w\"}""#,
            ),
            (
                r#"{"accessToken": "at-S3CRET", "accessTokenExpiry": 1}"#,
                r#"{"accessToken": "[redacted]", "accessTokenExpiry": 1}"#,
            ),
            (
                r#"headers: {"refreshtoken": "rt-S3CRET"}"#,
                r#"headers: {"refreshtoken": "[redacted]"}"#,
            ),
            (r#"{"pin": 99887766}"#, r#"{"pin": [redacted]}"#),
            // An escape before a multi-byte character at the very end.
            ("\"pin\":\"\\é", "\"pin\":\"[redacted]"),
            // Cut off mid-value: redacted to the end.
            (
                r#"{"accessToken":"at-S3CR"#,
                r#"{"accessToken":"[redacted]"#,
            ),
            // Not a key: left alone.
            ("spinning pins, pin code", "spinning pins, pin code"),
        ];
        for (input, expected) in cases {
            assert_eq!(redact_text(input), expected, "{input}");
        }
    }

    #[test]
    fn excerpts_redact_before_truncating() {
        let body = br#"{"accessTokenExpiry":"soon","accessToken":"at-S3CRET-0123456789"}"#;
        let excerpt = json_excerpt(body, 48);
        assert!(!excerpt.contains("at-S3"), "{excerpt}");
        assert!(excerpt.ends_with('…'), "{excerpt}");
        assert!(excerpt.chars().count() <= 49);

        let not_json = b"<html>accessToken=at-S3CRET</html>";
        assert_eq!(
            json_excerpt(not_json, 200),
            "<html>accessToken=[redacted]</html>"
        );

        let mut huge = br#"{"refreshToken":"rt-S3CRET","pad":""#.to_vec();
        huge.extend(std::iter::repeat_n(b'x', 1 << 20));
        let excerpt = json_excerpt(&huge, 100);
        assert!(!excerpt.contains("rt-S3CRET"), "{excerpt}");
        assert!(excerpt.chars().count() <= 101);
    }

    #[test]
    fn messages_lose_values_the_body_holds() {
        let body = br#"{"webhooks":[{"callbackToken":"cb-S3CRET"}],"pin":4321}"#;
        let mut values = secret_values(body);
        values.sort();
        assert_eq!(values, ["4321", "cb-S3CRET"]);
        let text = message(
            "invalid type: string \"cb-S3CRET\", expected u32; pin 4321",
            body,
        );
        assert_eq!(
            text,
            "invalid type: string \"[redacted]\", expected u32; pin [redacted]"
        );
    }

    #[test]
    fn undecodable_payloads_and_error_bodies_lose_their_secrets() {
        let body = br#"{"accessToken":"at-S3CRET","accessTokenExpiry":"soon"}"#;
        let error = serde_json::from_slice::<u32>(br#""at-S3CRET""#).unwrap_err();
        let result: Result<ResponseValue<u32>, Error<()>> = decoded(Err(
            Error::InvalidResponsePayload(Bytes::from_static(body), error),
        ));
        let Err(error) = result else {
            panic!("not an error")
        };
        for text in [
            error.to_string(),
            format!("{error:?}"),
            format!("{error:#}"),
        ] {
            assert!(!text.contains("at-S3CRET"), "{text}");
            assert!(text.contains("accessTokenExpiry"), "{text}");
        }

        #[derive(Debug, serde::Serialize, serde::Deserialize, PartialEq)]
        struct ServiceError {
            message: String,
        }
        let value = ResponseValue::new(
            ServiceError {
                message: "bad refreshToken=rt-S3CRET".to_owned(),
            },
            reqwest::StatusCode::BAD_REQUEST,
            reqwest::header::HeaderMap::new(),
        );
        let value = error_body(value);
        assert_eq!(value.message, "bad refreshToken=[redacted]");
        assert_eq!(value.status(), reqwest::StatusCode::BAD_REQUEST);
    }
}
