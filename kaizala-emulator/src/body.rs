//! Request bodies and query strings, read the lenient, case-insensitive way.
//!
//! The real service was .NET: it bound JSON keys and query parameters case-insensitively,
//! accepted JSON5-ish bodies (unquoted keys, trailing commas) and string booleans such as
//! `"true"`. These helpers give handlers the same leniency.

use serde_json::{Map, Value};

use crate::error::ApiError;

/// The largest JSON request body accepted (the largest legitimate one, an Action
/// with its questions and 100 members, is a few tens of KiB). Media uploads are
/// multipart and not parsed here.
pub(crate) const MAX_JSON_BODY: usize = 1024 * 1024;

/// The largest body tried as JSON5 when it is not strict JSON. The JSON5 parser costs
/// about 3 µs per byte in a debug build and runs on the request's thread, so a 1 MiB
/// JSON5 body used to take ~3 s of CPU and hold up other requests; the lenient form
/// is for hand-written bodies, which are small.
pub(crate) const MAX_JSON5_BODY: usize = 16 * 1024;

/// A JSON object whose keys are looked up case-insensitively.
#[derive(Debug, Clone, Default)]
pub(crate) struct Obj(pub(crate) Map<String, Value>);

impl Obj {
    /// Parses a request body: strict JSON first, then JSON5 (what a lenient .NET binder took).
    /// Every operation with a body requires one: an empty body, or anything but an object, is
    /// a 400.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Obj, ApiError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|_| ApiError::bad_request("The request body is not valid UTF-8."))?;
        if text.trim().is_empty() {
            return Err(ApiError::bad_request(
                "A JSON request body is required (use {} when every field is optional).",
            ));
        }
        if bytes.len() > MAX_JSON_BODY {
            return Err(ApiError::new(
                axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                "RequestTooLarge",
                "InvalidRequest",
                format!(
                    "The request body is {} bytes; JSON bodies are limited to {MAX_JSON_BODY} bytes.",
                    bytes.len()
                ),
            ));
        }
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(strict) => {
                if text.len() > MAX_JSON5_BODY {
                    return Err(ApiError::bad_request(format!(
                        "The request body is not valid JSON: {strict}. (Lenient JSON5 bodies are \
                         accepted up to {MAX_JSON5_BODY} bytes only; send strict JSON.)"
                    )));
                }
                let malformed = || {
                    ApiError::bad_request(format!("The request body is not valid JSON: {strict}"))
                };
                if nesting_depth(text) > 64 {
                    return Err(malformed());
                }
                json5::from_str(text).map_err(|_| malformed())?
            }
        };
        match value {
            Value::Object(map) => Ok(Obj(map)),
            _ => Err(ApiError::bad_request(
                "The request body must be a JSON object.",
            )),
        }
    }

    /// Wraps a JSON value that must be an object (`None` for anything else).
    pub(crate) fn from_value(value: &Value) -> Option<Obj> {
        value.as_object().map(|m| Obj(m.clone()))
    }

    /// The value under `key`, matched case-insensitively. An explicit `null` is returned as
    /// such: no request field is nullable, so the typed accessors reject it (400).
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key).or_else(|| {
            self.0
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
    }

    /// The first present key among `keys`.
    pub(crate) fn get_any(&self, keys: &[&str]) -> Option<&Value> {
        keys.iter().find_map(|k| self.get(k))
    }

    /// An optional string (other JSON types are a 400).
    pub(crate) fn str(&self, key: &str) -> Result<Option<String>, ApiError> {
        self.str_any(&[key])
    }

    /// An optional string under any of `keys`.
    pub(crate) fn str_any(&self, keys: &[&str]) -> Result<Option<String>, ApiError> {
        match self.get_any(keys) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(ApiError::bad_request(format!(
                "'{}' must be a string.",
                keys[0]
            ))),
        }
    }

    /// A required, non-empty string.
    pub(crate) fn req_str(&self, key: &str) -> Result<String, ApiError> {
        self.req_str_any(&[key])
    }

    /// A required, non-empty string under any of `keys`.
    pub(crate) fn req_str_any(&self, keys: &[&str]) -> Result<String, ApiError> {
        match self.str_any(keys)? {
            Some(s) if !s.is_empty() => Ok(s),
            _ => Err(ApiError::bad_request(format!(
                "'{}' is required and must not be empty.",
                keys[0]
            ))),
        }
    }

    /// A required identifier: present and a string, possibly empty (an empty id is simply
    /// unknown, so lookups answer 404 / 401 rather than 400).
    pub(crate) fn req_id(&self, key: &str) -> Result<String, ApiError> {
        self.str(key)?
            .ok_or_else(|| ApiError::bad_request(format!("'{key}' is required.")))
    }

    /// An optional boolean: JSON booleans, `"true"`/`"false"` in any case, and 0/1.
    pub(crate) fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => parse_bool_value(v)
                .map(Some)
                .ok_or_else(|| ApiError::bad_request(format!("'{key}' must be a boolean."))),
        }
    }

    /// An optional integer: JSON numbers (truncated) or numeric strings.
    pub(crate) fn i64(&self, key: &str) -> Result<Option<i64>, ApiError> {
        self.i64_any(&[key])
    }

    /// An optional integer under any of `keys`.
    pub(crate) fn i64_any(&self, keys: &[&str]) -> Result<Option<i64>, ApiError> {
        match self.get_any(keys) {
            None => Ok(None),
            Some(v) => parse_i64_value(v)
                .map(Some)
                .ok_or_else(|| ApiError::bad_request(format!("'{}' must be a number.", keys[0]))),
        }
    }

    /// An optional floating-point number.
    pub(crate) fn f64(&self, key: &str) -> Result<Option<f64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(Value::String(s)) => s
                .trim()
                .parse::<f64>()
                .map(Some)
                .map_err(|_| ApiError::bad_request(format!("'{key}' must be a number."))),
            Some(_) => Err(ApiError::bad_request(format!("'{key}' must be a number."))),
        }
    }

    /// An optional array of strings.
    pub(crate) fn str_list(&self, key: &str) -> Result<Option<Vec<String>>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| match i {
                    Value::String(s) => Ok(s.clone()),
                    _ => Err(ApiError::bad_request(format!(
                        "'{key}' must be an array of strings."
                    ))),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(ApiError::bad_request(format!(
                "'{key}' must be an array of strings."
            ))),
        }
    }

    /// An optional array.
    pub(crate) fn array(&self, key: &str) -> Result<Option<Vec<Value>>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(items)) => Ok(Some(items.clone())),
            Some(_) => Err(ApiError::bad_request(format!("'{key}' must be an array."))),
        }
    }

    /// An optional nested object.
    pub(crate) fn obj(&self, key: &str) -> Result<Option<Obj>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Object(m)) => Ok(Some(Obj(m.clone()))),
            Some(_) => Err(ApiError::bad_request(format!("'{key}' must be an object."))),
        }
    }
}

/// Lenient boolean: JSON booleans and the strings `"true"` / `"false"` in any case (what the
/// .NET binder took; the docs send `"Active": "true"`).
pub(crate) fn parse_bool_value(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) => parse_bool_str(s),
        _ => None,
    }
}

/// Boolean from text: `true` / `false` in any case.
pub(crate) fn parse_bool_str(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// Lenient integer: integral JSON numbers (`10` or `10.0`) and integer strings (`"10"`).
pub(crate) fn parse_i64_value(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e18)
                .map(|f| f as i64)
        }),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    }
}

/// Nesting depth of a JSON-ish text (brackets outside strings), to keep the recursive JSON5
/// fallback away from pathological input.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max, mut quote, mut escaped) = (0usize, 0usize, None::<char>, false);
    for c in text.chars() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '{' | '[' => {
                depth += 1;
                max = max.max(depth);
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Query parameters, looked up case-insensitively.
#[derive(Debug, Clone, Default)]
pub(crate) struct Params(pub(crate) Vec<(String, String)>);

impl Params {
    /// Parses a raw query string (`a=b&c=d`); malformed input is a 400.
    pub(crate) fn parse(query: Option<&str>) -> Result<Params, ApiError> {
        let Some(q) = query else {
            return Ok(Params::default());
        };
        let uri: axum::http::Uri = format!("/?{q}")
            .parse()
            .map_err(|_| ApiError::bad_request("Malformed query string."))?;
        let axum::extract::Query(pairs) =
            axum::extract::Query::<Vec<(String, String)>>::try_from_uri(&uri)
                .map_err(|e| ApiError::bad_request(format!("Malformed query string: {e}")))?;
        Ok(Params(pairs))
    }

    /// The value of `key` (case-insensitive). `key=` gives `Some("")`, which the typed
    /// accessors reject.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// An optional boolean parameter.
    pub(crate) fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => parse_bool_str(v)
                .map(Some)
                .ok_or_else(|| ApiError::bad_request(format!("'{key}' must be true or false."))),
        }
    }

    /// An optional integer parameter.
    pub(crate) fn i64(&self, key: &str) -> Result<Option<i64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| ApiError::bad_request(format!("'{key}' must be an integer."))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_case_insensitive_and_json5_is_accepted() {
        let o = Obj::parse(br#"{Message: "hi", sendToAllSubscribers: "True",}"#).unwrap();
        assert_eq!(o.req_str("message").unwrap(), "hi");
        assert_eq!(o.bool("SENDTOALLSUBSCRIBERS").unwrap(), Some(true));
        assert!(Obj::parse(b"{not json").is_err());
        assert!(Obj::parse(b"[1]").is_err());
        assert!(Obj::parse(b"  ").is_err());
        assert!(Obj::parse(b"{}").unwrap().0.is_empty());
        let deep = format!("{{a:{}", "[".repeat(100_000));
        assert!(Obj::parse(deep.as_bytes()).is_err());
        let o = Obj::parse(br#"{"n": 10.0, "m": 10.5, "s": "7", "b": 1}"#).unwrap();
        assert_eq!(o.i64("n").unwrap(), Some(10));
        assert!(o.i64("m").is_err());
        assert_eq!(o.i64("s").unwrap(), Some(7));
        assert!(o.bool("b").is_err());
        let o = Obj::parse(br#"{"count": null}"#).unwrap();
        assert!(o.i64("count").is_err());
        let q = Params::parse(Some("showDetail=&count=3")).unwrap();
        assert!(q.bool("showDetail").is_err());
        assert_eq!(q.i64("COUNT").unwrap(), Some(3));
    }
}
