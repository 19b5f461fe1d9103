//! Small helpers: lenient, case-insensitive JSON bodies and query strings, time, ids.
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

/// Milliseconds since the Unix epoch.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Milliseconds of a duration, saturating at `i64::MAX`.
pub(crate) fn millis(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// `ms` plus a duration, saturating.
pub(crate) fn after(ms: i64, d: std::time::Duration) -> i64 {
    ms.saturating_add(millis(d))
}

/// .NET ticks (100 ns since 0001-01-01) for an epoch-milliseconds instant.
pub(crate) fn ticks_from_ms(ms: i64) -> i64 {
    ms * 10_000 + 621_355_968_000_000_000
}

/// Epoch milliseconds for .NET ticks (values below the epoch map to 0).
#[cfg(test)]
pub(crate) fn ms_from_ticks(ticks: i64) -> i64 {
    ((ticks - 621_355_968_000_000_000) / 10_000).max(0)
}

/// ISO-8601 UTC (`2017-12-20T08:33:51Z`) for epoch milliseconds.
pub(crate) fn iso_from_ms(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// A fresh GUID string.
pub(crate) fn guid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A random opaque token (two GUIDs, no dashes).
pub(crate) fn token(prefix: &str) -> String {
    format!(
        "{prefix}{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// A random 4-digit PIN.
pub(crate) fn pin() -> String {
    let n = u32::from_le_bytes(
        uuid::Uuid::new_v4().as_bytes()[..4]
            .try_into()
            .unwrap_or([0; 4]),
    );
    format!("{:04}", n % 10_000)
}

/// Whether `s` looks like a mobile number with country code: `+` and 7 to 15 digits.
pub(crate) fn is_mobile_number(s: &str) -> bool {
    let Some(digits) = s.strip_prefix('+') else {
        return false;
    };
    (7..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub(crate) fn base64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes standard or URL-safe base64 (padding optional); `None` if malformed.
pub(crate) fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.trim().trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        buf = (buf << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    Some(out)
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

    #[test]
    fn base64_round_trips() {
        for s in ["", "a", "ab", "abc", "abcd", "hello world!"] {
            let e = base64_encode(s.as_bytes());
            assert_eq!(base64_decode(&e).unwrap(), s.as_bytes());
        }
        assert_eq!(base64_encode(b"Man"), "TWFu");
        assert_eq!(base64_encode(b"Ma"), "TWE=");
    }

    #[test]
    fn ticks_match_dotnet() {
        // 2018-07-17T08:31:20.2Z; the docs' sample cursor (636674054802000000) is of the same era.
        assert_eq!(ticks_from_ms(1_531_816_280_200), 636_674_130_802_000_000);
        assert_eq!(
            ms_from_ticks(ticks_from_ms(1_700_000_000_123)),
            1_700_000_000_123
        );
    }

    #[test]
    fn mobile_numbers() {
        assert!(is_mobile_number("+911099999999"));
        assert!(!is_mobile_number("911099999999"));
        assert!(!is_mobile_number("+91abc"));
    }
}
