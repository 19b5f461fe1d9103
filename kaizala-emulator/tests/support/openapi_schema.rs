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
