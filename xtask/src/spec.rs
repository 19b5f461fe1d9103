//! Loading and checking `spec/kaizala.yaml`.

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::lint::{self, Positions, Problem};

pub use crate::lint::METHODS;

/// The extension that marks an operation progenitor cannot generate.
pub const MULTIPART_EXTENSION: &str = "x-kaizala-multipart";

/// The extension on an object schema listing properties the generated client
/// always sends although the service takes a request without some of them:
/// the schema's `anyOf` of `required`-only alternatives says what the service
/// accepts (e.g. `name` or `groupName`), this list what the client sends
/// (both). The generated type requires every listed property.
pub const CLIENT_SENDS_EXTENSION: &str = "x-kaizala-client-sends";

/// A parsed spec: the raw JSON tree (for walking and `$ref` lookups) and the
/// typed document as the generated client sees it ([`client_view`]).
pub struct Spec {
    pub raw: Value,
    pub openapi: OpenAPI,
}

/// Parses and validates a spec; every problem found is listed in the error.
pub fn load(text: &str, name: &str) -> Result<Spec, String> {
    // A byte-order mark (some Windows editors write one) is not YAML
    // content: the parser would read it as a document of its own.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: Value = serde_norway::from_str(text).map_err(|e| yaml_error(name, text, &e))?;
    let positions = Positions::of(text);
    // Without positions no key given twice could be found: refuse rather
    // than pass a spec unchecked.
    if let Some(why) = positions.unreadable() {
        return Err(format!("{name}:{why}"));
    }
    // A key given twice is read as the last one: the rest of the checks see
    // only that, so its problems come first.
    let duplicates = positions.duplicate_keys(name);
    let problems = validate(&raw);
    if !problems.is_empty() || !duplicates.is_empty() {
        let mut message = format!(
            "{name} has {} problem(s):",
            duplicates.len() + problems.len()
        );
        for duplicate in &duplicates {
            message.push_str("\n  ");
            message.push_str(duplicate);
        }
        for problem in &problems {
            message.push_str("\n  ");
            message.push_str(&lint::located(name, &positions, problem));
        }
        return Err(message);
    }
    let openapi: OpenAPI = serde_path_to_error::deserialize(client_view(&raw)).map_err(|e| {
        let places = locate_shape_errors(&raw);
        if places.is_empty() {
            format!("{name}: {}: {}", e.path(), e.inner())
        } else {
            format!(
                "{name} is not a valid OpenAPI 3.0 document:\n  {}",
                places.join("\n  ")
            )
        }
    })?;
    Ok(Spec { raw, openapi })
}

/// A YAML syntax error: where it is (`file:line:col`), the line itself, and
/// for the usual mistakes a hint saying how to write it.
fn yaml_error(name: &str, text: &str, e: &serde_norway::Error) -> String {
    let what = e.to_string();
    let mut message = match e.location() {
        Some(at) => {
            let line = text.lines().nth(at.line().saturating_sub(1)).unwrap_or("");
            format!(
                "{name}:{}:{}: not valid YAML: {what}\n  {:>5} | {line}",
                at.line(),
                at.column(),
                at.line()
            )
        }
        None => format!("{name} is not valid YAML: {what}"),
    };
    if what.contains("mapping values are not allowed") {
        message.push_str(
            "\n  hint: a plain (unquoted) value cannot contain `: ` (a colon and a space); quote \
             the value (\"…\" or '…') or write it as a block (`description: |` with the text \
             indented on the next lines)",
        );
    }
    message
}

fn shape_error<T: serde::de::DeserializeOwned>(place: &str, value: &Value) -> Option<String> {
    serde_path_to_error::deserialize::<_, T>(value.clone())
        .err()
        .map(|e| {
            let inner = e.path().to_string();
            if inner == "." || inner.is_empty() {
                format!("{place}: {}", e.inner())
            } else {
                format!("{place}.{inner}: {}", e.inner())
            }
        })
}

/// openapiv3's untagged and flattened types lose the place of a shape error;
/// deserialising each operation and component on its own finds it.
fn locate_shape_errors(raw: &Value) -> Vec<String> {
    use openapiv3::{Operation, Parameter, ReferenceOr, RequestBody, Response, Schema};
    let mut found = Vec::new();
    for (path, item) in raw
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (i, param) in item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            found.extend(shape_error::<ReferenceOr<Parameter>>(
                &format!("paths.{path}.parameters.{i}"),
                param,
            ));
        }
        for method in METHODS {
            if let Some(op) = item.get(method) {
                found.extend(shape_error::<Operation>(
                    &format!("paths.{path}.{method}"),
                    op,
                ));
            }
        }
    }
    let components = raw.get("components");
    let section = |key: &str| {
        components
            .and_then(|c| c.get(key))
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
    };
    for (name, v) in section("schemas") {
        found.extend(shape_error::<ReferenceOr<Schema>>(
            &format!("components.schemas.{name}"),
            v,
        ));
    }
    for (name, v) in section("parameters") {
        found.extend(shape_error::<ReferenceOr<Parameter>>(
            &format!("components.parameters.{name}"),
            v,
        ));
    }
    for (name, v) in section("responses") {
        found.extend(shape_error::<ReferenceOr<Response>>(
            &format!("components.responses.{name}"),
            v,
        ));
    }
    for (name, v) in section("requestBodies") {
        found.extend(shape_error::<ReferenceOr<RequestBody>>(
            &format!("components.requestBodies.{name}"),
            v,
        ));
    }
    found
}

fn is_camel_case(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
}

fn non_empty_str(value: Option<&Value>) -> bool {
    value
        .and_then(Value::as_str)
        .is_some_and(|s| !s.trim().is_empty())
}

/// Every problem in the spec, each naming its place, e.g.
/// `paths./groups.post: missing operationId`.
pub fn validate(raw: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let at = |p: &[&str]| p.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    match raw.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) => problems.push(Problem::new(
            &at(&["openapi"]),
            format!("version {v} is not supported; progenitor needs 3.0.x"),
        )),
        None => problems.push(Problem::new(
            &at(&["openapi"]),
            "missing version (expected 3.0.3)",
        )),
    }
    let mut seen_ids: Vec<(String, Vec<String>)> = Vec::new();
    match raw.get("paths") {
        Some(Value::Object(paths)) => {
            for (path, item) in paths {
                let Some(item) = item.as_object() else {
                    problems.push(Problem::new(
                        &at(&["paths", path]),
                        "must be a path item object",
                    ));
                    continue;
                };
                if item.contains_key("$ref") {
                    problems.push(Problem::new(
                        &at(&["paths", path]),
                        "$ref path items are not supported by progenitor",
                    ));
                    continue;
                }
                for method in METHODS {
                    let Some(op) = item.get(method) else { continue };
                    check_operation(
                        &at(&["paths", path, method]),
                        op,
                        &mut seen_ids,
                        &mut problems,
                    );
                }
            }
        }
        Some(_) => problems.push(Problem::new(&at(&["paths"]), "must be an object")),
        None => problems.push(Problem::new(&at(&["paths"]), "missing")),
    }
    problems.extend(lint::keywords(raw));
    let mut here = Vec::new();
    check_refs(raw, raw, &mut here, &mut problems);
    for (name, schema) in raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let place = format!("components.schemas.{name}");
        let mut found = Vec::new();
        check_client_sends(&place, schema, &mut found);
        let prefix = format!("{place}.{CLIENT_SENDS_EXTENSION}: ");
        for message in found {
            let path = [
                "components".to_owned(),
                "schemas".to_owned(),
                name.clone(),
                CLIENT_SENDS_EXTENSION.to_owned(),
            ];
            let message = message.strip_prefix(&prefix).unwrap_or(&message).to_owned();
            problems.push(Problem::new(&path, message));
        }
    }
    problems
}

fn check_operation(
    place: &[String],
    op: &Value,
    seen_ids: &mut Vec<(String, Vec<String>)>,
    problems: &mut Vec<Problem>,
) {
    let Some(op) = op.as_object() else {
        problems.push(Problem::new(place, "must be an operation object"));
        return;
    };
    let mut id_place = place.to_vec();
    id_place.push("operationId".to_owned());
    match op.get("operationId") {
        None => problems.push(Problem::new(place, "missing operationId")),
        Some(Value::String(id)) => {
            if !is_camel_case(id) {
                problems.push(Problem::new(
                    &id_place,
                    format!(
                        "operationId \"{id}\" is not camelCase (a lower-case letter, then letters and digits)"
                    ),
                ));
            }
            if let Some((seen, first)) = seen_ids
                .iter()
                .find(|(seen, _)| seen.eq_ignore_ascii_case(id))
            {
                let first = first[..first.len() - 1].join(".");
                if seen == id {
                    problems.push(Problem::new(
                        &id_place,
                        format!("operationId \"{id}\" is already used by {first}; operationIds must be unique"),
                    ));
                } else {
                    problems.push(Problem::new(
                        &id_place,
                        format!(
                            "operationId \"{id}\" differs only in case from \"{seen}\" ({first}); \
                             both would generate the same Rust method"
                        ),
                    ));
                }
            } else {
                seen_ids.push((id.clone(), id_place.clone()));
            }
        }
        Some(_) => problems.push(Problem::new(&id_place, "operationId must be a string")),
    }
    if !non_empty_str(op.get("summary")) {
        problems.push(Problem::new(place, "missing summary"));
    }
    match op.get("tags").and_then(Value::as_array) {
        Some(tags) if tags.iter().any(|t| non_empty_str(Some(t))) => {}
        _ => problems.push(Problem::new(place, "missing tags (at least one)")),
    }
    match op.get("responses").and_then(Value::as_object) {
        Some(responses) if responses.contains_key("200") => {}
        Some(_) => problems.push(Problem::new(place, "missing a 200 response")),
        None => problems.push(Problem::new(
            place,
            "missing responses (with a 200 response)",
        )),
    }
    let multipart = op.get(MULTIPART_EXTENSION) == Some(&Value::Bool(true));
    let has_multipart_body = op
        .get("requestBody")
        .and_then(|b| b.get("content"))
        .and_then(Value::as_object)
        .is_some_and(|c| c.keys().any(|k| k.starts_with("multipart/")));
    if has_multipart_body && !multipart {
        problems.push(Problem::new(
            place,
            format!(
                "multipart request bodies cannot be generated; mark the operation with `{MULTIPART_EXTENSION}: true`"
            ),
        ));
    }
}

/// Resolves a local `$ref` (`#/components/schemas/Group`).
pub fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    if !pointer.is_empty() && !pointer.starts_with('/') {
        return None;
    }
    root.pointer(pointer)
}

/// For a `$ref` that does not resolve: the nearest name that exists where it
/// points (`#/components/schemas/Gruop` → `#/components/schemas/Group`).
fn nearest_ref(root: &Value, reference: &str) -> String {
    let Some((parent, name)) = reference.rsplit_once('/') else {
        return String::new();
    };
    let Some(siblings) = resolve(root, parent).and_then(Value::as_object) else {
        return format!(" ({parent} does not exist)");
    };
    match lint::nearest(name, siblings.keys().map(String::as_str)) {
        Some(near) => format!(" (did you mean {parent}/{near}?)"),
        None => String::new(),
    }
}

fn check_refs(root: &Value, value: &Value, here: &mut Vec<String>, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref") {
                here.push("$ref".to_owned());
                match reference.as_str() {
                    Some(r) if !r.starts_with('#') => problems.push(Problem::new(
                        here,
                        format!("$ref {r} points outside the document; only local references (#/...) are supported"),
                    )),
                    Some(r) if resolve(root, r).is_none() => problems.push(Problem::new(
                        here,
                        format!("$ref {r} does not resolve{}", nearest_ref(root, r)),
                    )),
                    Some(_) => {}
                    None => problems.push(Problem::new(here, "$ref must be a string")),
                }
                here.pop();
            }
            for (key, child) in map {
                // Examples are free-form data, not schema.
                if key == "example" || key == "examples" || key.starts_with("x-") {
                    continue;
                }
                here.push(key.clone());
                check_refs(root, child, here, problems);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(i.to_string());
                check_refs(root, child, here, problems);
                here.pop();
            }
        }
        _ => {}
    }
}

/// The spec as the generated client sees it: in every schema carrying
/// [`CLIENT_SENDS_EXTENSION`], the listed properties join `required` and the
/// `anyOf` of `required`-only alternatives (what the service accepts) is
/// dropped, so the generated type holds what the client sends.
pub fn client_view(raw: &Value) -> Value {
    match raw {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), client_view(v)))
                .collect();
            if let Some(Value::Array(sends)) = map.get(CLIENT_SENDS_EXTENSION) {
                let mut required: Vec<Value> = out
                    .get("required")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                for name in sends {
                    if !required.contains(name) {
                        required.push(name.clone());
                    }
                }
                out.insert("required".to_owned(), Value::Array(required));
                out.remove("anyOf");
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(client_view).collect()),
        other => other.clone(),
    }
}

/// Problems with [`CLIENT_SENDS_EXTENSION`] at `place`: it lists properties of
/// the schema, and the `anyOf` it replaces holds only `required` lists.
fn check_client_sends(place: &str, schema: &Value, problems: &mut Vec<String>) {
    let Some(sends) = schema.get(CLIENT_SENDS_EXTENSION) else {
        return;
    };
    let Some(sends) = sends.as_array() else {
        problems.push(format!(
            "{place}.{CLIENT_SENDS_EXTENSION}: must be a list of property names"
        ));
        return;
    };
    for name in sends {
        let known = name
            .as_str()
            .is_some_and(|n| schema.pointer(&format!("/properties/{n}")).is_some());
        if !known {
            problems.push(format!(
                "{place}.{CLIENT_SENDS_EXTENSION}: {name} is not a property of the schema"
            ));
        }
    }
    for (i, alternative) in schema
        .get("anyOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let only_required = alternative
            .as_object()
            .is_some_and(|a| a.keys().all(|k| k == "required"));
        if !only_required {
            problems.push(format!(
                "{place}.anyOf.{i}: beside {CLIENT_SENDS_EXTENSION}, an alternative may only list `required` properties"
            ));
        }
    }
}

fn is_multipart(op: &openapiv3::Operation) -> bool {
    op.extensions.get(MULTIPART_EXTENSION) == Some(&Value::Bool(true))
}

/// The spec progenitor sees: operations marked multipart are removed (their
/// component schemas stay, so their response types are still generated).
pub fn without_multipart(openapi: &OpenAPI) -> OpenAPI {
    let mut openapi = openapi.clone();
    openapi.paths.paths.retain(|_, item| {
        let openapiv3::ReferenceOr::Item(item) = item else {
            return true;
        };
        for slot in [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ] {
            if slot.as_ref().is_some_and(is_multipart) {
                *slot = None;
            }
        }
        item.iter().next().is_some()
    });
    openapi
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(yaml: &str) -> Vec<String> {
        validate(&serde_norway::from_str(yaml).unwrap())
            .iter()
            .map(Problem::to_string)
            .collect()
    }

    #[test]
    fn reports_every_problem_with_its_place() {
        let found = problems(
            r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /groups:
    post:
      responses: {"201": {description: x}}
    get:
      operationId: List_groups
      summary: List
      tags: [Groups]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Missing"}
  /other:
    get:
      operationId: listOther
      summary: s
      tags: []
      responses: {"200": {description: ok}}
    put:
      operationId: listOther
      summary: s
      tags: [A]
      responses: {"200": {description: ok}}
    post:
      operationId: listother
      summary: s
      tags: [A]
      responses: {"200": {description: ok}}
"##,
        );
        let expected = [
            "paths./groups.get.operationId: operationId \"List_groups\" is not camelCase (a lower-case letter, then letters and digits)",
            "paths./groups.post: missing operationId",
            "paths./groups.post: missing summary",
            "paths./groups.post: missing tags (at least one)",
            "paths./groups.post: missing a 200 response",
            "paths./other.get: missing tags (at least one)",
            "paths./other.put.operationId: operationId \"listOther\" is already used by paths./other.get; operationIds must be unique",
            "paths./other.post.operationId: operationId \"listother\" differs only in case from \"listOther\" (paths./other.get); both would generate the same Rust method",
            "paths./groups.get.responses.200.content.application/json.schema.$ref: $ref #/components/schemas/Missing does not resolve (#/components/schemas does not exist)",
        ];
        for e in expected {
            assert!(found.iter().any(|f| f == e), "missing {e:?} in {found:#?}");
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    }

    #[test]
    fn client_sends_requires_its_properties_for_the_client_only() {
        let raw: Value = serde_norway::from_str(
            r#"
components:
  schemas:
    Sub:
      type: object
      required: [welcomeMessage]
      anyOf:
        - required: [name]
        - required: [groupName]
      x-kaizala-client-sends: [name, groupName]
      properties:
        name: {type: string}
        groupName: {type: string}
        welcomeMessage: {type: string}
"#,
        )
        .unwrap();
        let client = client_view(&raw);
        let sub = &client["components"]["schemas"]["Sub"];
        assert_eq!(
            sub["required"],
            serde_json::json!(["welcomeMessage", "name", "groupName"])
        );
        assert!(sub.get("anyOf").is_none());
        // The spec itself keeps what the service accepts.
        assert!(raw["components"]["schemas"]["Sub"].get("anyOf").is_some());
        let mut problems = Vec::new();
        check_client_sends("s", &raw["components"]["schemas"]["Sub"], &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let bad: Value = serde_norway::from_str(
            "{x-kaizala-client-sends: [nope], anyOf: [{required: [a], type: object}], properties: {a: {}}}",
        )
        .unwrap();
        check_client_sends("s", &bad, &mut problems);
        assert_eq!(
            problems,
            [
                "s.x-kaizala-client-sends: \"nope\" is not a property of the schema",
                "s.anyOf.0: beside x-kaizala-client-sends, an alternative may only list `required` properties",
            ]
        );
    }

    #[test]
    fn load_lists_problems_in_a_readable_error() {
        let err = load("openapi: 3.1.0\npaths: {}\n", "spec/kaizala.yaml")
            .err()
            .unwrap();
        assert_eq!(
            err,
            "spec/kaizala.yaml has 1 problem(s):\n  spec/kaizala.yaml:1:1: openapi: version 3.1.0 is not supported; progenitor needs 3.0.x"
        );
        let err = load("openapi: [", "spec/kaizala.yaml").err().unwrap();
        assert!(err.starts_with("spec/kaizala.yaml:"), "{err}");
        assert!(err.contains(": not valid YAML: "), "{err}");
    }

    #[test]
    fn a_colon_in_a_plain_value_is_located_and_says_to_quote_it() {
        let err = refused(
            "x-kaizala-note: extensions are free",
            "description: Hypothetical (README test): a summary",
        );
        assert_eq!(
            err,
            "spec/kaizala.yaml:36:46: not valid YAML: mapping values are not allowed in this \
             context at line 36 column 46\n     36 |       description: Hypothetical (README test): \
             a summary\n  hint: a plain (unquoted) value cannot contain `: ` (a colon and a space); \
             quote the value (\"…\" or '…') or write it as a block (`description: |` with the \
             text indented on the next lines)"
        );
    }

    // Mistypes that were accepted (a typo'd format or media type left a
    // field or body untyped, a `$ref`'s siblings were dropped, a required
    // name matched nothing) or reached progenitor, which panicked or
    // answered naming no place: each is refused at its line with the fix.
    #[test]
    fn mistypes_that_passed_or_reached_progenitor_are_refused_at_their_place() {
        let cases = [
            (
                "groupId: {type: string}",
                "groupId: {type: string, format: date-tme}",
                "spec/kaizala.yaml:38:33: components.schemas.Group.properties.groupId.format: `date-tme` is not a format of `string` (did you mean `date-time`?)",
            ),
            (
                "groupId: {type: string}",
                "groupId: {type: integer, format: int63}",
                "`int63` is not a format of `integer` (did you mean `int64`?)",
            ),
            (
                "groupId: {type: string}",
                "groupId: {type: array}",
                "spec/kaizala.yaml:38:9: components.schemas.Group.properties.groupId: an array schema needs `items`",
            ),
            (
                "groupId: {type: string}",
                "groupId: {$ref: \"#/components/schemas/Group\", nullable: true}",
                "components.schemas.Group.properties.groupId: OpenAPI 3.0 ignores every key beside `$ref` (here nullable)",
            ),
            (
                "groupId: {type: string}",
                "groupId: {type: string, enum: [1, a]}",
                "spec/kaizala.yaml:38:40: components.schemas.Group.properties.groupId.enum.0: the enum value 1 is not a string",
            ),
            (
                "groupId: {type: string}",
                "groupId: {type: string, default: 5}",
                "components.schemas.Group.properties.groupId.default: the default 5 is not a string",
            ),
            (
                "            application/json:\n              schema: {$ref: \"#/components/schemas/Group\"}",
                "            application/jsno:\n              schema: {$ref: \"#/components/schemas/Group\"}",
                "spec/kaizala.yaml:26:13: paths./groups/{groupId}.get.responses.200.content.application/jsno: `application/jsno` is not a media type this API uses (did you mean `application/json`?)",
            ),
            (
                "      properties:\n        groupId",
                "      required: [groupid]\n      properties:\n        groupId",
                "components.schemas.Group.required: `groupid` is required but is not one of the properties (did you mean `groupId`?)",
            ),
            (
                "{name: groupId, in: path, required: true",
                "{name: groupid, in: path, required: true",
                "spec/kaizala.yaml:16:5: paths./groups/{groupId}.get: the path's {groupId} has no parameter `in: path` named groupId (did you mean `groupid`?)",
            ),
            (
                "{name: groupId, in: path, required: true",
                "{name: groupId, in: path, required: false",
                "paths./groups/{groupId}.get: the path parameter groupId must be `required: true`",
            ),
        ];
        for (from, to, expected) in cases {
            let err = refused(from, to);
            assert!(err.contains(expected), "{to}:\n{err}");
        }
    }

    #[test]
    fn a_spec_xtask_cannot_read_for_duplicates_is_refused_not_passed() {
        // The YAML parser takes a tab after `:`; the reader that finds keys
        // given twice does not. Passed, the duplicate below went unseen.
        let err = refused(
            "      summary: Get\n",
            "      summary:\tGet\n      operationId: again\n",
        );
        assert_eq!(
            err,
            "spec/kaizala.yaml:18:16: xtask cannot read this YAML to check it (keys given twice, \
             positions): ':' must be followed by a valid YAML whitespace\n     18 |       \
             summary:\tGet\n  hint: a tab is not YAML indentation or separation here; use spaces"
        );
    }

    #[test]
    fn a_key_written_as_an_alias_of_an_existing_one_is_a_duplicate() {
        let err = refused(
            "      summary: List\n",
            "      &name summary: List\n      *name : Again\n",
        );
        assert!(
            err.contains("spec/kaizala.yaml:8:7: paths./groups.get.summary: the key `summary` is already given at line 7"),
            "{err}"
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_a_second_document() {
        let with_bom = format!("\u{feff}{GOOD}");
        if let Err(e) = load(&with_bom, "spec/kaizala.yaml") {
            panic!("{e}");
        }
    }

    #[test]
    fn a_duplicate_key_is_refused_at_the_second_naming_the_first_and_the_fix() {
        // A second schema of an existing name: YAML parsers keep the last one silently.
        let err = refused(
            "          nullable: true\n",
            "          nullable: true\n    GroupList:\n      type: object\n      description: new\n",
        );
        assert_eq!(
            err,
            "spec/kaizala.yaml has 1 problem(s):\n  spec/kaizala.yaml:42:5: components.schemas.GroupList: \
             a schema named GroupList already exists at line 30; choose another name"
        );
        // Everywhere: a property, a flow-style mapping, a path, a method.
        let err = refused(
            "        groupId: {type: string}\n",
            "        groupId: {type: string}\n        groupId: {type: integer}\n",
        );
        assert!(
            err.contains("spec/kaizala.yaml:39:9: components.schemas.Group.properties.groupId: a property named groupId already exists at line 38"),
            "{err}"
        );
        let err = refused(
            "{name: groupId, in: path,",
            "{name: groupId, in: path, name: x,",
        );
        assert!(
            err.contains("spec/kaizala.yaml:21:37: paths./groups/{groupId}.get.parameters.0.name: the key `name` is already given at line 21"),
            "{err}"
        );
        let err = refused(
            "components:\n",
            "  /groups:\n    post: {operationId: x}\ncomponents:\n",
        );
        assert!(
            err.contains(": paths./groups: the path /groups is already defined at line 4; put all its operations under that one"),
            "{err}"
        );
        let err = refused(
            "  /groups/{groupId}:\n",
            "  /groups/{groupId}:\n    get: {operationId: x}\n",
        );
        assert!(
            err.contains("spec/kaizala.yaml:17:5: paths./groups/{groupId}.get: this path already has a `get` operation at line 16"),
            "{err}"
        );
        // And through the whole pipeline: refused before anything is generated.
        let yaml = GOOD.replacen(
            "          nullable: true\n",
            "          nullable: true\n    Group:\n      type: string\n",
            1,
        );
        let err = crate::generate(&yaml, "spec/kaizala.yaml")
            .err()
            .unwrap_or_default();
        assert!(
            err.contains(
                "components.schemas.Group: a schema named Group already exists at line 34"
            ),
            "{err}"
        );
    }

    #[test]
    fn shape_errors_name_their_place() {
        let yaml = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      summary: s
      tags: [A]
      parameters: [{name: x, in: nowhere}]
      responses: {"200": {description: ok}}
"#;
        let err = load(yaml, "spec/kaizala.yaml").err().unwrap_or_default();
        assert!(
            err.starts_with("spec/kaizala.yaml is not a valid OpenAPI 3.0 document"),
            "{err}"
        );
        assert!(
            err.contains("paths./a.get.parameters[0]: unknown variant `nowhere`"),
            "{err}"
        );
    }

    #[test]
    fn unmarked_multipart_is_reported() {
        let found = problems(
            r#"
openapi: 3.0.3
paths:
  /media:
    post:
      operationId: uploadMedia
      summary: s
      tags: [Media]
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object}
      responses: {"200": {description: ok}}
"#,
        );
        assert_eq!(
            found,
            [
                "paths./media.post: multipart request bodies cannot be generated; mark the operation with `x-kaizala-multipart: true`"
            ]
        );
    }

    /// A valid spec with one deliberate mistake in place of `{MISTAKE}`.
    const GOOD: &str = r##"openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /groups:
    get:
      operationId: listGroups
      summary: List
      tags: [Groups]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/GroupList"}
  /groups/{groupId}:
    get:
      operationId: getGroup
      summary: Get
      tags: [Groups]
      parameters:
        - {name: groupId, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Group"}
components:
  schemas:
    GroupList:
      type: object
      properties:
        groups: {type: array, items: {$ref: "#/components/schemas/Group"}}
    Group:
      type: object
      x-kaizala-note: extensions are free
      properties:
        groupId: {type: string}
        groupName:
          type: string
          nullable: true
"##;

    /// `load`'s error for GOOD with `from` replaced by `to` (exactly once).
    fn refused(from: &str, to: &str) -> String {
        assert_eq!(GOOD.matches(from).count(), 1, "{from}");
        let yaml = GOOD.replacen(from, to, 1);
        match load(&yaml, "spec/kaizala.yaml") {
            Ok(_) => panic!("accepted {to:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn the_unchanged_spec_is_accepted() {
        assert!(load(GOOD, "spec/kaizala.yaml").is_ok());
    }

    #[test]
    fn a_keyword_typo_is_refused_with_line_column_path_and_the_keyword_meant() {
        let err = refused(
            "    Group:\n      type: object\n      x-kaizala-note: extensions are free\n      properties:",
            "    Group:\n      type: object\n      x-kaizala-note: extensions are free\n      propertes:",
        );
        assert_eq!(
            err,
            "spec/kaizala.yaml has 1 problem(s):\n  spec/kaizala.yaml:37:7: components.schemas.Group.propertes: \
             `propertes` is not an OpenAPI 3.0 schema keyword (did you mean `properties`?); extensions must start with `x-`"
        );
        // Everywhere keywords are defined: an operation, a flow-style parameter.
        let err = refused("      summary: Get", "      sumary: Get");
        assert!(
            err.contains("spec/kaizala.yaml:18:7: paths./groups/{groupId}.get.sumary: `sumary` is not an OpenAPI 3.0 operation keyword (did you mean `summary`?)"),
            "{err}"
        );
        let err = refused("required: true,", "requird: true,");
        assert!(
            err.contains("spec/kaizala.yaml:21:37: paths./groups/{groupId}.get.parameters.0.requird: `requird` is not an OpenAPI 3.0 parameter keyword (did you mean `required`?)"),
            "{err}"
        );
    }

    #[test]
    fn a_wrong_type_name_is_refused_before_progenitor_can_panic() {
        let err = refused("groupId: {type: string}", "groupId: {type: sting}");
        assert_eq!(
            err,
            "spec/kaizala.yaml has 1 problem(s):\n  spec/kaizala.yaml:38:19: components.schemas.Group.properties.groupId.type: \
             `sting` is not an OpenAPI 3.0 type (did you mean `string`?); the types are string, number, integer, boolean, array, object"
        );
        let err = refused("nullable: true", "type: \"null\"");
        assert!(
            err.contains("no `null` type: write `nullable: true`"),
            "{err}"
        );
        let err = refused(
            "    GroupList:\n      type: object",
            "    GroupList:\n      type: [object, 'null']",
        );
        assert!(
            err.contains(
                "spec/kaizala.yaml:31:7: components.schemas.GroupList.type: `type` must be one name"
            ),
            "{err}"
        );
        // And through the whole pipeline: an error, never a panic.
        let yaml = GOOD.replacen("groupId: {type: string}", "groupId: {type: sting}", 1);
        let err = crate::generate(&yaml, "spec/kaizala.yaml")
            .err()
            .unwrap_or_default();
        assert!(
            err.contains(":38:19: components.schemas.Group.properties.groupId.type"),
            "{err}"
        );
    }

    #[test]
    fn a_dangling_ref_is_refused_with_the_nearest_existing_name() {
        let err = refused(
            "items: {$ref: \"#/components/schemas/Group\"}",
            "items: {$ref: \"#/components/schemas/Gruop\"}",
        );
        assert_eq!(
            err,
            "spec/kaizala.yaml has 1 problem(s):\n  spec/kaizala.yaml:33:39: components.schemas.GroupList.properties.groups.items.$ref: \
             $ref #/components/schemas/Gruop does not resolve (did you mean #/components/schemas/Group?)"
        );
    }

    #[test]
    fn a_duplicate_operation_id_is_refused_at_the_second_naming_the_first() {
        let err = refused("operationId: getGroup", "operationId: listGroups");
        assert_eq!(
            err,
            "spec/kaizala.yaml has 1 problem(s):\n  spec/kaizala.yaml:17:7: paths./groups/{groupId}.get.operationId: \
             operationId \"listGroups\" is already used by paths./groups.get; operationIds must be unique"
        );
    }

    #[test]
    fn camel_case() {
        assert!(is_camel_case("createGroup"));
        assert!(is_camel_case("loginWithPinAndApplicationId"));
        assert!(!is_camel_case("CreateGroup"));
        assert!(!is_camel_case("create_group"));
        assert!(!is_camel_case(""));
    }
}
