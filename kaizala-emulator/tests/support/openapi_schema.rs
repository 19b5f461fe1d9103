//! The spec's schemas as JSON Schema validators (the `jsonschema` crate): the one place that
//! turns OpenAPI 3.0's schema dialect into JSON Schema and builds validators, so that no test
//! walks schemas by hand. A test target includes it with
//!
//! ```ignore
//! #[path = "support/openapi_schema.rs"]
//! mod openapi_schema;
//! ```
//!
//! (from another crate: a `#[path]` to this file) and needs `jsonschema` and `chrono` among its
//! (dev-)dependencies.
//!
//! OpenAPI 3.0's dialect is an extended subset of JSON Schema draft 4/5, so the validators run
//! draft 4, which already reads it as OpenAPI does:
//! - `$ref` stands alone: keywords beside it are ignored;
//! - `exclusiveMinimum` / `exclusiveMaximum` are booleans beside `minimum` / `maximum`;
//! - `integer` is a number written without fraction or exponent, so `6.4e17` is no `int64`
//!   (a client deserializing into `i64` would refuse it).
//!
//! What draft 4 lacks is converted (`convert`):
//! - `nullable: true` lets `null` through; and a non-empty schema without `nullable` refuses
//!   `null` even without a `type` (an `allOf`, a `oneOf`, a `not`), as OpenAPI means it. Only
//!   the empty schema `{}` takes anything.
//! - `discriminator`, `example`, `xml`, `externalDocs`, `readOnly`, `writeOnly`, `deprecated`
//!   and `x-*` extensions are dropped (annotations for validation).
//! - `type: integer` refuses a number serde_json could only read as a float (`x-exact-integer`);
//!   `format: int32` / `int64` bound the value to 32 / 64 bits (unless the schema bounds it
//!   itself);
//!   `format: date-time` is checked as RFC 3339 (by chrono and by the crate, both must agree);
//!   `double` and `binary` are annotations (the type says the rest).
//!
//! Requests are judged as the service read them: [`SpecSchemas::request_errors`] first binds
//! the body the way the spec's `x-kaizala-binding` says the service's Json.NET binder did
//! ([`SpecSchemas::bind`]: property names and enum values in any case, ordinals of enums
//! marked `x-kaizala-ordinals`, numbers and booleans in strings; unknown properties were
//! ignored, and no request schema forbids them), then
//! validates the bound body.

// Each test target that includes this file uses what it needs of it.
#![allow(dead_code)]

use std::sync::LazyLock;

use serde_json::{Map, Value, json};

/// Keywords of OpenAPI 3.0 that draft 4 lacks and that say nothing about validity.
const ANNOTATIONS: [&str; 8] = [
    "nullable",
    "discriminator",
    "example",
    "xml",
    "externalDocs",
    "readOnly",
    "writeOnly",
    "deprecated",
];

/// Every JSON type but `null` (draft 4's `number` takes integers too).
const NOT_NULL: [&str; 5] = ["array", "boolean", "number", "object", "string"];

/// The spec's component schemas, converted once; builds a validator for any schema of the spec.
pub struct SpecSchemas {
    /// `{"schemas": {name: converted schema}}`, carried in every validator's root document so
    /// that `$ref: '#/components/schemas/X'` resolves by JSON pointer, with nothing fetched.
    components: Value,
    /// The spec as written (its `x-` extensions included), for binding requests.
    raw: Value,
    /// Whether the spec declares the service's Json.NET binding (`x-kaizala-binding`).
    binds: bool,
}

impl SpecSchemas {
    /// `spec`: the whole OpenAPI 3.0 document, as JSON.
    pub fn new(spec: &Value) -> Self {
        let schemas: Map<String, Value> = spec["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, schema)| (name.clone(), convert(schema)))
            .collect();
        SpecSchemas {
            components: json!({ "schemas": schemas }),
            raw: spec.clone(),
            binds: spec.get("x-kaizala-binding").is_some(),
        }
    }

    /// Every violation of `schema` by the request body `instance` as the service read it:
    /// bound first ([`SpecSchemas::bind`]), then validated.
    pub fn request_errors(&self, schema: &Value, instance: &Value) -> Vec<String> {
        self.errors(schema, &self.bind(schema, instance))
    }

    /// `instance` as the service's binder read it against `schema` (the spec's
    /// `x-kaizala-binding`; without that extension, `instance` unchanged): property names
    /// take the spec's spelling whatever their case, an enum value its canonical spelling, an
    /// integer the enum value it is the ordinal of (only for an enum marked
    /// `x-kaizala-ordinals`), and a string a number or boolean where the schema wants one
    /// and no string. What does not bind is left as it is, for validation to judge.
    pub fn bind(&self, schema: &Value, instance: &Value) -> Value {
        if !self.binds {
            return instance.clone();
        }
        let mut candidates = Vec::new();
        self.flatten(schema, &mut candidates, 0);
        self.bind_with(&candidates, instance)
    }

    /// `schema` with `$ref`s followed and `allOf`/`oneOf`/`anyOf` opened: every schema that
    /// may judge the instance.
    fn flatten<'a>(&'a self, schema: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
        if depth > 32 {
            return;
        }
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            if let Some(target) = self.raw.pointer(r.trim_start_matches('#')) {
                self.flatten(target, out, depth + 1);
            }
            return;
        }
        out.push(schema);
        for key in ["allOf", "oneOf", "anyOf"] {
            for s in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.flatten(s, out, depth + 1);
            }
        }
    }

    fn bind_with(&self, candidates: &[&Value], instance: &Value) -> Value {
        let types: Vec<&str> = candidates
            .iter()
            .filter_map(|c| c.get("type").and_then(Value::as_str))
            .collect();
        let typed = |t: &str| types.contains(&t);
        // A schema with no `type` and no enum of its own takes strings as they are.
        let takes_string = typed("string")
            || candidates.iter().any(|c| {
                c.get("type").is_none()
                    && c.get("enum").is_none()
                    && !["allOf", "oneOf", "anyOf", "$ref", "properties", "items"]
                        .iter()
                        .any(|k| c.get(*k).is_some())
            });
        let enums = || {
            candidates
                .iter()
                .filter_map(|c| Some((c.get("enum")?.as_array()?, *c)))
        };
        match instance {
            Value::Object(map) => {
                let mut props: Vec<(&String, Vec<&Value>)> = Vec::new();
                for c in candidates {
                    for (name, s) in c
                        .get("properties")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                    {
                        match props.iter_mut().find(|(n, _)| *n == name) {
                            Some((_, list)) => list.push(s),
                            None => props.push((name, vec![s])),
                        }
                    }
                }
                let mut out = Map::new();
                for (key, value) in map {
                    let found = props
                        .iter()
                        .find(|(n, _)| *n == key)
                        .or_else(|| props.iter().find(|(n, _)| n.eq_ignore_ascii_case(key)));
                    match found {
                        Some((name, schemas)) => {
                            let mut inner = Vec::new();
                            for s in schemas {
                                self.flatten(s, &mut inner, 0);
                            }
                            out.insert((*name).clone(), self.bind_with(&inner, value));
                        }
                        None => {
                            out.insert(key.clone(), value.clone());
                        }
                    }
                }
                Value::Object(out)
            }
            Value::Array(items) => {
                let mut inner = Vec::new();
                for c in candidates {
                    if let Some(s) = c.get("items") {
                        self.flatten(s, &mut inner, 0);
                    }
                }
                Value::Array(items.iter().map(|v| self.bind_with(&inner, v)).collect())
            }
            Value::String(text) => {
                for (values, _) in enums() {
                    if values.iter().any(|v| v.as_str() == Some(text)) {
                        return instance.clone();
                    }
                }
                for (values, _) in enums() {
                    if let Some(v) = values
                        .iter()
                        .find(|v| v.as_str().is_some_and(|v| v.eq_ignore_ascii_case(text)))
                    {
                        return v.clone();
                    }
                }
                if takes_string {
                    return instance.clone();
                }
                let trimmed = text.trim();
                if typed("integer")
                    && let Ok(n) = trimmed.parse::<i64>()
                {
                    return json!(n);
                }
                if typed("number")
                    && let Ok(n) = trimmed.parse::<f64>()
                    && let Some(n) = serde_json::Number::from_f64(n)
                {
                    return Value::Number(n);
                }
                if typed("boolean") {
                    match trimmed.to_ascii_lowercase().as_str() {
                        "true" => return Value::Bool(true),
                        "false" => return Value::Bool(false),
                        _ => {}
                    }
                }
                instance.clone()
            }
            Value::Number(n) => {
                for (values, schema) in enums() {
                    let ordinals = schema.get("x-kaizala-ordinals") == Some(&Value::Bool(true));
                    if ordinals
                        && let Some(v) = n
                            .as_u64()
                            .and_then(|i| usize::try_from(i).ok())
                            .and_then(|i| values.get(i))
                    {
                        return v.clone();
                    }
                }
                instance.clone()
            }
            Value::Bool(_) | Value::Null => instance.clone(),
        }
    }

    /// A validator for `schema`, a schema object of the spec (inline, or a `$ref` to
    /// `#/components/schemas/…`). Panics if it does not compile (a dangling `$ref`, a schema
    /// draft 4 refuses): the spec is wrong then, not the instance.
    pub fn validator(&self, schema: &Value) -> jsonschema::Validator {
        let mut root = convert(schema);
        let Some(object) = root.as_object_mut() else {
            panic!("a schema is an object: {schema}");
        };
        object.insert("components".to_owned(), self.components.clone());
        jsonschema::draft4::options()
            .should_validate_formats(true)
            .with_format("date-time", is_date_time)
            .with_keyword(EXACT_INTEGER, |_, _, _| Ok(Box::new(ExactInteger)))
            .build(&root)
            .unwrap_or_else(|e| panic!("the schema {schema} does not compile: {e}"))
    }

    /// Every violation of `schema` by `instance`, each as `<JSON path>: <what is wrong>`
    /// (`$.groups[0].groupId: 5 is not of type "string"`); empty when `instance` conforms.
    pub fn errors(&self, schema: &Value, instance: &Value) -> Vec<String> {
        self.validator(schema)
            .iter_errors(instance)
            .map(|e| format!("{}: {e}", json_path(instance, e.instance_path().as_str())))
            .collect()
    }
}

/// The keyword `convert` adds beside `type: integer`: the number must have been read as an
/// integer. Draft 4 takes a float with no fraction beyond 64 bits (`18446744073709551616`,
/// which serde_json can only read as a float) as an integer; no client can read it as one.
const EXACT_INTEGER: &str = "x-exact-integer";

struct ExactInteger;

impl<'i> jsonschema::Keyword<'i> for ExactInteger {
    fn validate(&self, instance: &'i Value) -> Result<(), jsonschema::ValidationError<'i>> {
        if self.is_valid(instance) {
            Ok(())
        } else {
            Err(jsonschema::ValidationError::custom(format!(
                "{instance} is not an integer a client can read (beyond 64 bits)"
            )))
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        !instance.is_number() || instance.is_i64() || instance.is_u64()
    }
}

/// RFC 3339 as both `chrono` and the crate's own `date-time` check read it: chrono takes a
/// space for the `T` and a leap second in any minute, the crate neither.
fn is_date_time(text: &str) -> bool {
    static BUILT_IN: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
        jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&json!({ "format": "date-time" }))
            .expect("the built-in date-time format compiles")
    });
    chrono::DateTime::parse_from_rfc3339(text).is_ok()
        && BUILT_IN.is_valid(&Value::String(text.to_owned()))
}

/// An OpenAPI 3.0 schema object as a draft 4 JSON Schema (see the module's documentation).
pub fn convert(schema: &Value) -> Value {
    let Some(object) = schema.as_object() else {
        return schema.clone();
    };
    if let Some(reference) = object.get("$ref") {
        // Keywords beside `$ref` are ignored in OpenAPI 3.0; `nullable` included.
        return json!({ "$ref": reference });
    }
    let mut out = Map::new();
    for (key, value) in object {
        if ANNOTATIONS.contains(&key.as_str()) || key.starts_with("x-") {
            continue;
        }
        let converted = match key.as_str() {
            "properties" => Value::Object(
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(name, s)| (name.clone(), convert(s)))
                    .collect(),
            ),
            "allOf" | "anyOf" | "oneOf" => Value::Array(
                value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(convert)
                    .collect(),
            ),
            "items" | "not" | "additionalProperties" => convert(value),
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    if out.get("type") == Some(&json!("integer")) {
        out.insert(EXACT_INTEGER.to_owned(), json!(true));
    }
    match out.get("format").and_then(Value::as_str) {
        Some("int32") => {
            out.entry("minimum").or_insert(json!(i32::MIN));
            out.entry("maximum").or_insert(json!(i32::MAX));
        }
        // An integer beyond u64 is read as a float, which draft 4 takes as an integer when
        // it has no fraction: the bounds refuse it, as a client reading `i64` would.
        Some("int64") => {
            out.entry("minimum").or_insert(json!(i64::MIN));
            out.entry("maximum").or_insert(json!(i64::MAX));
        }
        _ => {}
    }
    if object.is_empty() {
        return Value::Object(out);
    }
    let nullable = object.get("nullable") == Some(&Value::Bool(true));
    if !nullable {
        // A schema with a `type` refuses null already; one without refuses it here.
        out.entry("type").or_insert(json!(NOT_NULL));
        return Value::Object(out);
    }
    let applicators = ["allOf", "anyOf", "oneOf", "not"];
    match out.get("type").and_then(Value::as_str) {
        // `null` joins the type (and the enum); nothing else in the schema applies to it.
        Some(single) if !applicators.iter().any(|k| out.contains_key(*k)) => {
            let single = single.to_owned();
            out.insert("type".to_owned(), json!([single, "null"]));
            if let Some(Value::Array(values)) = out.get_mut("enum")
                && !values.contains(&Value::Null)
            {
                values.push(Value::Null);
            }
            Value::Object(out)
        }
        // An applicator would judge `null` too: `null`, or else the schema.
        _ if out.is_empty() => Value::Object(out),
        _ => json!({ "anyOf": [{ "type": "null" }, Value::Object(out)] }),
    }
}

/// A JSON pointer into `instance` as a JSON path: `/groups/0/name` → `$.groups[0].name`.
/// The instance says whether a step indexes an array or names a key (a key may be digits).
fn json_path(instance: &Value, pointer: &str) -> String {
    let mut path = String::from("$");
    let mut at = Some(instance);
    for raw in pointer.split('/').skip(1) {
        let step = raw.replace("~1", "/").replace("~0", "~");
        match at {
            Some(Value::Array(items)) => {
                path.push_str(&format!("[{step}]"));
                at = step.parse::<usize>().ok().and_then(|i| items.get(i));
            }
            _ => {
                let plain =
                    !step.is_empty() && step.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if plain {
                    path.push_str(&format!(".{step}"));
                } else {
                    path.push_str(&format!("[{step:?}]"));
                }
                at = at.and_then(|v| v.get(&step));
            }
        }
    }
    path
}
