//! The operation table (`kaizala-api/src/generated_operations.rs`): one entry
//! per operation, with the request constraints validate.rs enforces.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use crate::spec::{self, Spec};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Body,
    Query,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    MaxItems(u64),
    MinItems(u64),
    MaxLength(u64),
    MinLength(u64),
    Pattern(String),
    Minimum(f64),
    Maximum(f64),
    /// Not a check: the value the service uses when the field is absent
    /// (`default`, or [`DEFAULT_EXTENSION`] where `default` would change the
    /// generated client). The facts file names it; the operation table
    /// leaves it out.
    Default(f64),
}

/// A default stated without `default:`. progenitor turns `default` on an
/// optional body property into a required field the builder always sends,
/// which changes the request; `x-kaizala-default` states the same fact
/// without touching the generated client.
pub const DEFAULT_EXTENSION: &str = "x-kaizala-default";

#[derive(Debug, Clone, PartialEq)]
pub struct Constraint {
    pub location: Location,
    pub path: String,
    pub rule: Rule,
}

/// Where a secret value travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretPlace {
    Header,
    Query,
    Request,
    Response,
}

/// A place whose schema is the spec's `Secret` (or carries `x-kaizala-secret: true`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretEntry {
    pub place: SecretPlace,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OperationEntry {
    pub id: String,
    pub method: String,
    pub path: String,
    pub tag: String,
    pub requires_access_token: bool,
    pub constraints: Vec<Constraint>,
    pub secrets: Vec<SecretEntry>,
}

/// The schema every credential refers to.
const SECRET_SCHEMA: &str = "#/components/schemas/Secret";
/// The extension that marks a secret whose type is not the `Secret` string
/// (the PIN).
const SECRET_EXTENSION: &str = "x-kaizala-secret";

/// Every operation of the spec (multipart ones included), in spec order.
pub fn operations(spec: &Spec) -> Vec<OperationEntry> {
    let mut out = Vec::new();
    for (path, item) in spec.openapi.paths.iter() {
        let Some(item) = item.as_item() else { continue };
        for (method, op) in item.iter() {
            let raw_item = spec.raw.get("paths").and_then(|p| p.get(path));
            let raw_op = raw_item.and_then(|i| i.get(method));
            let mut constraints = Vec::new();
            let mut secrets = Vec::new();
            if let Some(raw_op) = raw_op {
                body_constraints(&spec.raw, raw_op, &mut constraints);
                query_constraints(&spec.raw, raw_item, raw_op, &mut constraints);
                operation_secrets(&spec.raw, raw_item, raw_op, &mut secrets);
            }
            out.push(OperationEntry {
                id: op.operation_id.clone().unwrap_or_default(),
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                tag: op.tags.first().cloned().unwrap_or_default(),
                requires_access_token: !matches!(&op.security, Some(s) if s.is_empty()),
                constraints,
                secrets,
            });
        }
    }
    out
}

/// The JSON schema of a request body or response (`application/json` first).
fn json_schema<'a>(root: &'a Value, holder: &'a Value) -> Option<&'a Value> {
    let holder = deref(root, holder)?;
    let content = holder.get("content").and_then(Value::as_object)?;
    content
        .get("application/json")
        .or_else(|| {
            content
                .iter()
                .find(|(k, _)| k.ends_with("+json"))
                .map(|(_, v)| v)
        })
        .or_else(|| content.values().next())
        .and_then(|m| m.get("schema"))
}

/// Every header, query, request-body and response-body place of `op` whose
/// schema is a secret.
fn operation_secrets(root: &Value, item: Option<&Value>, op: &Value, out: &mut Vec<SecretEntry>) {
    let lists = [item.and_then(|i| i.get("parameters")), op.get("parameters")];
    for list in lists.into_iter().flatten().filter_map(Value::as_array) {
        for param in list.iter().filter_map(|p| deref(root, p)) {
            let place = match param.get("in").and_then(Value::as_str) {
                Some("header") => SecretPlace::Header,
                Some("query") => SecretPlace::Query,
                _ => continue,
            };
            let (Some(name), Some(schema)) = (
                param.get("name").and_then(Value::as_str),
                param.get("schema"),
            ) else {
                continue;
            };
            if param.get(SECRET_EXTENSION).and_then(Value::as_bool) == Some(true) {
                push_secret(out, place, name.to_owned());
            }
            walk_secrets(root, schema, place, name.to_owned(), &mut Vec::new(), out);
        }
    }
    if let Some(schema) = op.get("requestBody").and_then(|b| json_schema(root, b)) {
        walk_secrets(
            root,
            schema,
            SecretPlace::Request,
            String::new(),
            &mut Vec::new(),
            out,
        );
    }
    for response in op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|r| r.values())
    {
        if let Some(schema) = json_schema(root, response) {
            walk_secrets(
                root,
                schema,
                SecretPlace::Response,
                String::new(),
                &mut Vec::new(),
                out,
            );
        }
    }
}

fn push_secret(out: &mut Vec<SecretEntry>, place: SecretPlace, path: String) {
    let entry = SecretEntry { place, path };
    if !entry.path.is_empty() && !out.contains(&entry) {
        out.push(entry);
    }
}

/// Records `path` when `schema` is a secret, else walks into it.
fn walk_secrets(
    root: &Value,
    schema: &Value,
    place: SecretPlace,
    path: String,
    refs: &mut Vec<String>,
    out: &mut Vec<SecretEntry>,
) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        if reference == SECRET_SCHEMA {
            push_secret(out, place, path);
            return;
        }
        if refs.iter().any(|r| r == reference) {
            return;
        }
        let Some(target) = spec::resolve(root, reference) else {
            return;
        };
        refs.push(reference.to_owned());
        walk_secrets(root, target, place, path, refs, out);
        refs.pop();
        return;
    }
    let Some(map) = schema.as_object() else {
        return;
    };
    if map.get(SECRET_EXTENSION).and_then(Value::as_bool) == Some(true) {
        push_secret(out, place, path);
        return;
    }
    if let Some(properties) = map.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            let child = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            walk_secrets(root, property, place, child, refs, out);
        }
    }
    if let Some(items) = map.get("items") {
        walk_secrets(root, items, place, format!("{path}[]"), refs, out);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in map.get(key).and_then(Value::as_array).into_iter().flatten() {
            walk_secrets(root, branch, place, path.clone(), refs, out);
        }
    }
}

/// Follows `$ref`s (a chain of them) to the object they name.
fn deref<'a>(root: &'a Value, mut value: &'a Value) -> Option<&'a Value> {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => value = spec::resolve(root, r)?,
            None => return Some(value),
        }
    }
    None
}

fn body_constraints(root: &Value, op: &Value, out: &mut Vec<Constraint>) {
    let Some(body) = op.get("requestBody").and_then(|b| deref(root, b)) else {
        return;
    };
    let Some(content) = body.get("content").and_then(Value::as_object) else {
        return;
    };
    let media = content
        .get("application/json")
        .or_else(|| {
            content
                .iter()
                .find(|(k, _)| k.ends_with("+json"))
                .map(|(_, v)| v)
        })
        .or_else(|| content.values().next());
    if let Some(schema) = media.and_then(|m| m.get("schema")) {
        walk(
            root,
            schema,
            Location::Body,
            String::new(),
            &mut Vec::new(),
            out,
        );
    }
}

fn query_constraints(root: &Value, item: Option<&Value>, op: &Value, out: &mut Vec<Constraint>) {
    // Operation parameters override path-item parameters with the same name and location.
    let mut params: Vec<&Value> = Vec::new();
    let lists = [item.and_then(|i| i.get("parameters")), op.get("parameters")];
    for list in lists.into_iter().flatten().filter_map(Value::as_array) {
        for param in list.iter().filter_map(|p| deref(root, p)) {
            let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
            params.retain(|p| key(p) != key(param));
            params.push(param);
        }
    }
    for param in params {
        if param.get("in").and_then(Value::as_str) != Some("query") {
            continue;
        }
        let (Some(name), Some(schema)) = (
            param.get("name").and_then(Value::as_str),
            param.get("schema"),
        ) else {
            continue;
        };
        walk(
            root,
            schema,
            Location::Query,
            name.to_owned(),
            &mut Vec::new(),
            out,
        );
    }
}

fn push(out: &mut Vec<Constraint>, constraint: Constraint) {
    if !out.contains(&constraint) {
        out.push(constraint);
    }
}

fn walk(
    root: &Value,
    schema: &Value,
    location: Location,
    path: String,
    refs: &mut Vec<String>,
    out: &mut Vec<Constraint>,
) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        if refs.iter().any(|r| r == reference) {
            return; // a cycle: everything below has been walked already
        }
        let Some(target) = spec::resolve(root, reference) else {
            return;
        };
        refs.push(reference.to_owned());
        walk(root, target, location, path, refs, out);
        refs.pop();
        return;
    }
    let Some(map) = schema.as_object() else {
        return;
    };
    let count = |key: &str| map.get(key).and_then(Value::as_u64);
    let number = |key: &str| map.get(key).and_then(Value::as_f64);
    let rules = [
        count("maxItems").map(Rule::MaxItems),
        count("minItems").map(Rule::MinItems),
        count("maxLength").map(Rule::MaxLength),
        count("minLength").map(Rule::MinLength),
        map.get("pattern")
            .and_then(Value::as_str)
            .map(|p| Rule::Pattern(p.to_owned())),
        number("minimum").map(Rule::Minimum),
        number("maximum").map(Rule::Maximum),
        number("default")
            .or_else(|| number(DEFAULT_EXTENSION))
            .map(Rule::Default),
    ];
    for rule in rules.into_iter().flatten() {
        push(
            out,
            Constraint {
                location,
                path: path.clone(),
                rule,
            },
        );
    }
    if let Some(properties) = map.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            let child = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            walk(root, property, location, child, refs, out);
        }
    }
    if let Some(items) = map.get("items") {
        walk(root, items, location, format!("{path}[]"), refs, out);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in map.get(key).and_then(Value::as_array).into_iter().flatten() {
            walk(root, branch, location, path.clone(), refs, out);
        }
    }
}

/// A rule as a constraint of the operation table (`None` for a default,
/// which is not checked).
fn rule_tokens(rule: &Rule) -> Option<TokenStream> {
    Some(match rule {
        Rule::MaxItems(n) => {
            let n = Literal::u64_unsuffixed(*n);
            quote!(Rule::MaxItems(#n))
        }
        Rule::MinItems(n) => {
            let n = Literal::u64_unsuffixed(*n);
            quote!(Rule::MinItems(#n))
        }
        Rule::MaxLength(n) => {
            let n = Literal::u64_unsuffixed(*n);
            quote!(Rule::MaxLength(#n))
        }
        Rule::MinLength(n) => {
            let n = Literal::u64_unsuffixed(*n);
            quote!(Rule::MinLength(#n))
        }
        Rule::Pattern(p) => quote!(Rule::Pattern(#p)),
        Rule::Minimum(x) => {
            let x = Literal::f64_unsuffixed(*x);
            quote!(Rule::Minimum(#x))
        }
        Rule::Maximum(x) => {
            let x = Literal::f64_unsuffixed(*x);
            quote!(Rule::Maximum(#x))
        }
        Rule::Default(_) => return None,
    })
}

/// The `OPERATIONS` const as Rust tokens.
pub fn tokens(ops: &[OperationEntry]) -> TokenStream {
    let entries = ops.iter().map(|op| {
        let OperationEntry {
            id,
            method,
            path,
            tag,
            requires_access_token,
            ..
        } = op;
        let constraints = op.constraints.iter().filter_map(|c| {
            let location = match c.location {
                Location::Body => quote!(Location::Body),
                Location::Query => quote!(Location::Query),
            };
            let path = &c.path;
            let rule = rule_tokens(&c.rule)?;
            Some(quote! { Constraint { location: #location, path: #path, rule: #rule } })
        });
        let secrets = op.secrets.iter().map(|s| {
            let place = match s.place {
                SecretPlace::Header => quote!(SecretPlace::Header),
                SecretPlace::Query => quote!(SecretPlace::Query),
                SecretPlace::Request => quote!(SecretPlace::Request),
                SecretPlace::Response => quote!(SecretPlace::Response),
            };
            let path = &s.path;
            quote! { SecretField { place: #place, path: #path } }
        });
        quote! {
            Operation {
                id: #id,
                method: #method,
                path: #path,
                tag: #tag,
                requires_access_token: #requires_access_token,
                constraints: &[#(#constraints),*],
                secrets: &[#(#secrets),*],
            }
        }
    });
    // Each operation by its operationId and by the snake_case name
    // progenitor gives its hooks (`createGroup`, `create_group`): a `match`
    // on the name, what every call does twice.
    let arms = ops.iter().enumerate().map(|(index, op)| {
        let id = &op.id;
        let snake = snake_case(&op.id);
        if snake == op.id {
            quote!(#id => Some(#index))
        } else {
            quote!(#id | #snake => Some(#index))
        }
    });
    quote! {
        pub(crate) const OPERATIONS: &[Operation] = &[#(#entries),*];

        /// The index in [`OPERATIONS`] of the operation named `name`, by its
        /// operationId or its snake_case hook name.
        pub(crate) fn operation_index(name: &str) -> Option<usize> {
            match name {
                #(#arms,)*
                _ => None,
            }
        }
    }
}

/// The name progenitor gives an operation's hooks: `createGroup` →
/// `create_group`.
fn snake_case(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> Spec {
        match spec::load(yaml, "test.yaml") {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\n";

    #[test]
    fn walks_refs_arrays_unions_and_query() {
        let yaml = format!(
            r##"{HEAD}
paths:
  /groups/{{groupId}}/actions:
    parameters:
      - {{name: count, in: query, schema: {{type: integer, minimum: 1, maximum: 50}}}}
      - {{name: groupId, in: path, required: true, schema: {{type: string, maxLength: 99}}}}
    post:
      operationId: sendAction
      summary: s
      tags: [Actions, Other]
      parameters:
        - {{name: count, in: query, schema: {{type: integer, minimum: 1, maximum: 100}}}}
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - $ref: "#/components/schemas/Survey"
                - $ref: "#/components/schemas/Poll"
      responses: {{"200": {{description: ok}}}}
components:
  schemas:
    Phone: {{type: string, pattern: '^\+[1-9][0-9]{{6,14}}$'}}
    Survey:
      type: object
      properties:
        members: {{type: array, maxItems: 100, items: {{$ref: "#/components/schemas/Phone"}}}}
        actionBody:
          type: object
          properties:
            title: {{type: string, maxLength: 100}}
            questions:
              type: array
              items:
                type: object
                properties:
                  options: {{type: array, items: {{type: string}}, minItems: 2, maxItems: 10}}
    Poll:
      allOf:
        - type: object
          properties:
            actionBody:
              type: object
              properties:
                title: {{type: string, maxLength: 100}}
                message: {{type: string, minLength: 1}}
"##
        );
        let ops = operations(&spec(&yaml));
        assert_eq!(ops.len(), 1);
        let op = &ops[0];
        assert_eq!(
            (op.id.as_str(), op.method.as_str(), op.tag.as_str()),
            ("sendAction", "POST", "Actions")
        );
        assert!(op.requires_access_token);
        let c = |location, path: &str, rule| Constraint {
            location,
            path: path.to_owned(),
            rule,
        };
        assert_eq!(
            op.constraints,
            vec![
                // Properties are walked in key order.
                c(
                    Location::Body,
                    "actionBody.questions[].options",
                    Rule::MaxItems(10)
                ),
                c(
                    Location::Body,
                    "actionBody.questions[].options",
                    Rule::MinItems(2)
                ),
                c(Location::Body, "actionBody.title", Rule::MaxLength(100)),
                c(Location::Body, "members", Rule::MaxItems(100)),
                c(
                    Location::Body,
                    "members[]",
                    Rule::Pattern(r"^\+[1-9][0-9]{6,14}$".to_owned())
                ),
                c(Location::Body, "actionBody.message", Rule::MinLength(1)),
                c(Location::Query, "count", Rule::Minimum(1.0)),
                c(Location::Query, "count", Rule::Maximum(100.0)),
            ]
        );
    }

    #[test]
    fn survives_ref_cycles_and_reads_security() {
        let yaml = format!(
            r##"{HEAD}
paths:
  /generatePin:
    post:
      operationId: generatePin
      summary: s
      tags: [Auth]
      security: []
      requestBody:
        content:
          application/json:
            schema: {{$ref: "#/components/schemas/Node"}}
      responses: {{"200": {{description: ok}}}}
components:
  schemas:
    Node:
      type: object
      properties:
        name: {{type: string, maxLength: 10}}
        children: {{type: array, items: {{$ref: "#/components/schemas/Node"}}}}
"##
        );
        let ops = operations(&spec(&yaml));
        assert!(!ops[0].requires_access_token);
        let paths: Vec<_> = ops[0].constraints.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["name"]);
    }

    #[test]
    fn reads_defaults_and_their_extension() {
        let yaml = format!(
            r##"{HEAD}paths:
  /actions:
    get:
      operationId: listActions
      summary: s
      tags: [Actions]
      parameters:
        - {{name: count, in: query, schema: {{type: integer, minimum: 1, default: 30}}}}
      responses: {{"200": {{description: ok}}}}
    post:
      operationId: listSubscribers
      summary: s
      tags: [Actions]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                count: {{type: integer, maximum: 50, x-kaizala-default: 50}}
      responses: {{"200": {{description: ok}}}}
"##
        );
        let ops = operations(&spec(&yaml));
        let defaults: Vec<(&str, &str, Location, f64)> = ops
            .iter()
            .flat_map(|op| op.constraints.iter().map(move |c| (op, c)))
            .filter_map(|(op, c)| match c.rule {
                Rule::Default(x) => Some((op.id.as_str(), c.path.as_str(), c.location, x)),
                _ => None,
            })
            .collect();
        assert_eq!(
            defaults,
            [
                ("listActions", "count", Location::Query, 30.0),
                ("listSubscribers", "count", Location::Body, 50.0),
            ]
        );
    }

    #[test]
    fn tokens_render_rules() {
        let ops = vec![OperationEntry {
            id: "listGroups".into(),
            method: "GET".into(),
            path: "/groups".into(),
            tag: "Groups".into(),
            requires_access_token: true,
            constraints: vec![
                Constraint {
                    location: Location::Query,
                    path: "count".into(),
                    rule: Rule::Maximum(100.0),
                },
                Constraint {
                    location: Location::Body,
                    path: "x".into(),
                    rule: Rule::Pattern("^\\d\"$".into()),
                },
                Constraint {
                    location: Location::Query,
                    path: "count".into(),
                    rule: Rule::Default(30.0),
                },
            ],
            secrets: vec![SecretEntry {
                place: SecretPlace::Response,
                path: "webhooks[].callbackToken".into(),
            }],
        }];
        let text = tokens(&ops).to_string();
        assert!(text.contains("Rule :: Maximum (100.0)"), "{text}");
        assert!(
            !text.contains("Default"),
            "a default is not checked: {text}"
        );
        assert!(text.contains(r#"Rule :: Pattern ("^\\d\"$")"#), "{text}");
        assert!(
            text.contains(r#"SecretField { place : SecretPlace :: Response , path : "webhooks[].callbackToken" }"#),
            "{text}"
        );
    }

    #[test]
    fn finds_secrets_in_headers_bodies_and_responses() {
        let yaml = format!(
            r##"{HEAD}
paths:
  /webhook:
    post:
      operationId: createWebhook
      summary: s
      tags: [Webhooks]
      parameters:
        - {{name: refreshToken, in: header, schema: {{$ref: "#/components/schemas/Secret"}}}}
        - {{name: applicationId, in: header, schema: {{type: string}}}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                callBackToken:
                  allOf: [{{$ref: "#/components/schemas/Secret"}}]
                pin: {{type: integer, x-kaizala-secret: true}}
                name: {{type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/List"}}
        "400": {{$ref: "#/components/responses/Bad"}}
components:
  responses:
    Bad:
      description: bad
      content:
        application/json:
          schema: {{type: object, properties: {{accessToken: {{$ref: "#/components/schemas/Secret"}}}}}}
  schemas:
    Secret: {{type: string}}
    List:
      type: object
      properties:
        webhooks:
          type: array
          items:
            type: object
            properties:
              callbackToken: {{$ref: "#/components/schemas/Secret"}}
              next: {{$ref: "#/components/schemas/List"}}
"##
        );
        let ops = operations(&spec(&yaml));
        let found: Vec<(SecretPlace, &str)> = ops[0]
            .secrets
            .iter()
            .map(|s| (s.place, s.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (SecretPlace::Header, "refreshToken"),
                (SecretPlace::Request, "callBackToken"),
                (SecretPlace::Request, "pin"),
                (SecretPlace::Response, "webhooks[].callbackToken"),
                (SecretPlace::Response, "accessToken"),
            ]
        );
    }
}
