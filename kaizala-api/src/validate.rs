//! Checks a request against the constraints `spec/kaizala.yaml` puts on it
//! (`maxItems`, `maxLength`, `pattern`, `minimum`, …) before it is sent, so a
//! request the service would reject fails early with a sentence that says
//! what to change.
//!
//! The generated client calls [`request`] for every request; you only need it
//! when you build requests yourself.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::operations::{self, Constraint, Location, Operation, Rule};

/// A request that breaks one of the spec's constraints.
///
/// Its `Display` is a sentence naming the operation, the offending value and
/// what the service accepts, e.g. `sendMessage: message is 4001 characters
/// long; at most 4000 are allowed`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{operation}: {problem}")]
pub struct InvalidRequest {
    /// The `operationId`.
    pub operation: &'static str,
    /// Body or query.
    pub location: Location,
    /// The offending place, with array indices filled in
    /// (`subscribers[3]`, `actionBody.questions[0].options`), or the query
    /// parameter's name.
    pub field: String,
    /// The rule it breaks.
    pub rule: Rule,
    problem: String,
}

/// Checks `request` against `operation.constraints`: the JSON body (bodies
/// that are not JSON, or are streamed, are not checked) and the query string.
/// A missing field passes; whether it is required is checked by the types.
pub fn request(operation: &Operation, request: &reqwest::Request) -> Result<(), InvalidRequest> {
    // Most operations constrain only one of body and query, many neither:
    // decode only what will be checked (this runs on every request).
    let constrains = |location| operation.constraints.iter().any(|c| c.location == location);
    let body: Option<Value> = if constrains(Location::Body) {
        request
            .body()
            .and_then(|b| b.as_bytes())
            .and_then(|bytes| serde_json::from_slice(bytes).ok())
    } else {
        None
    };
    let query: Vec<(String, String)> = if constrains(Location::Query) {
        request
            .url()
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    } else {
        Vec::new()
    };
    check(operation, body.as_ref(), &query)
}

/// Checks a JSON body and query pairs against `operation.constraints`; the
/// first broken constraint is returned.
pub fn check(
    operation: &Operation,
    body: Option<&Value>,
    query: &[(String, String)],
) -> Result<(), InvalidRequest> {
    for constraint in operation.constraints {
        let problem = match constraint.location {
            Location::Body => match body {
                Some(body) => check_body(constraint, body),
                None => None,
            },
            Location::Query => check_query(constraint, query),
        };
        if let Some((field, problem)) = problem {
            return Err(InvalidRequest {
                operation: operation.id,
                location: constraint.location,
                field,
                rule: constraint.rule,
                problem,
            });
        }
    }
    Ok(())
}

/// A path parameter that would send the request to another endpoint: one
/// that is `.` or `..` (dot segments that URL parsing removes), or one whose
/// characters change the path's shape (a `\`, which URL parsing turns into
/// `/`), so `GET /groups/g1/actions/..` would become `GET /groups/g1/`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{operation}: path parameter {parameter} is {value:?}, which would send the request to another endpoint than {template}; pass the id the service returned (ids are never empty,      `.`, `..` or contain `\\`)"
)]
pub struct InvalidPath {
    /// The `operationId`.
    pub operation: &'static str,
    /// The path template, e.g. `/groups/{groupId}/actions/{actionId}`.
    pub template: &'static str,
    /// The parameter's name, e.g. `{actionId}`, or `path` when the URL as a
    /// whole no longer matches the template.
    pub parameter: String,
    /// The offending value as sent (percent-decoded once).
    pub value: String,
}

/// Checks that `url`, built by the generated client on `client_base`, still
/// addresses `operation`'s own endpoint: one segment per template segment,
/// literal segments unchanged, and no parameter that is empty, `.` or `..`.
///
/// progenitor percent-encodes `/`, `?`, `#` and `%` in path parameters, but
/// URL parsing still removes `.` and `..` segments and turns `\` into `/`;
/// this check refuses those before anything is sent.
pub fn path(
    operation: &Operation,
    client_base: &str,
    url: &reqwest::Url,
) -> Result<(), InvalidPath> {
    let base_path = reqwest::Url::parse(client_base)
        .map(|u| u.path().trim_end_matches('/').to_owned())
        .unwrap_or_default();
    path_below(operation, &base_path, url)
}

/// [`path`] for a client whose base URL path (without a trailing `/`) is
/// `base_path`.
pub fn path_below(
    operation: &Operation,
    base_path: &str,
    url: &reqwest::Url,
) -> Result<(), InvalidPath> {
    let refuse = |parameter: &str, value: &str| InvalidPath {
        operation: operation.id,
        template: operation.path,
        parameter: parameter.to_owned(),
        value: value.to_owned(),
    };
    let Some(rest) = url.path().strip_prefix(base_path) else {
        return Err(refuse("path", url.path()));
    };
    // Iterators, not vectors: this runs on every request.
    let template = || operation.path.trim_start_matches('/').split('/');
    let is_param = |t: &&str| t.starts_with('{');
    let mut actual = rest.trim_start_matches('/').split('/');
    for (i, expected) in template().enumerate() {
        let Some(segment) = actual.next() else {
            let param = template().skip(i).find(is_param).unwrap_or("path");
            return Err(refuse(param, ""));
        };
        if expected.starts_with('{') {
            // One round of decoding, as the server does before routing.
            let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
            // A server that decodes `%2F` before routing sees the parts.
            let dots = decoded
                .split(['/', '\\'])
                .any(|part| matches!(part, "." | ".."));
            if decoded.is_empty() || dots {
                return Err(refuse(expected, &decoded));
            }
        } else if segment != expected {
            // A parameter before it expanded into several segments.
            let param = template().take(i).filter(is_param).last().unwrap_or("path");
            return Err(refuse(param, rest));
        }
    }
    if actual.next().is_some() {
        let param = template().rfind(is_param).unwrap_or("path");
        return Err(refuse(param, rest));
    }
    Ok(())
}

enum Step<'a> {
    Field(&'a str),
    Each,
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    if path.is_empty() {
        return out;
    }
    for part in path.split('.') {
        let name = part.trim_end_matches("[]");
        if !name.is_empty() {
            out.push(Step::Field(name));
        }
        for _ in 0..(part.len() - name.len()) / 2 {
            out.push(Step::Each);
        }
    }
    out
}

/// The values at `steps` below `value`, each with its concrete path.
fn select<'v>(
    value: &'v Value,
    steps: &[Step<'_>],
    here: String,
    out: &mut Vec<(String, &'v Value)>,
) {
    let Some((step, rest)) = steps.split_first() else {
        out.push((here, value));
        return;
    };
    match (step, value) {
        (Step::Field(name), Value::Object(map)) => {
            if let Some(child) = map.get(*name) {
                let path = if here.is_empty() {
                    (*name).to_owned()
                } else {
                    format!("{here}.{name}")
                };
                select(child, rest, path, out);
            }
        }
        (Step::Each, Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                select(item, rest, format!("{here}[{i}]"), out);
            }
        }
        // A missing field or a value of another type: the types' business.
        _ => {}
    }
}

fn check_body(constraint: &Constraint, body: &Value) -> Option<(String, String)> {
    let mut values = Vec::new();
    select(body, &steps(constraint.path), String::new(), &mut values);
    values.into_iter().find_map(|(path, value)| {
        let shown = if path.is_empty() {
            "the request body".to_owned()
        } else {
            path.clone()
        };
        let problem = match value {
            Value::Array(items) => count_problem(&constraint.rule, &shown, items.len()),
            Value::String(s) => string_problem(&constraint.rule, &shown, s),
            Value::Number(n) => n
                .as_f64()
                .and_then(|x| number_problem(&constraint.rule, &shown, x)),
            _ => None,
        };
        problem.map(|p| (path, p))
    })
}

fn check_query(constraint: &Constraint, query: &[(String, String)]) -> Option<(String, String)> {
    let name = constraint.path.trim_end_matches("[]");
    let values: Vec<&str> = query
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect();
    if values.is_empty() {
        return None;
    }
    let shown = format!("query parameter {name}");
    let problem = match constraint.rule {
        Rule::MaxItems(_) | Rule::MinItems(_) => {
            count_problem(&constraint.rule, &shown, values.len())
        }
        Rule::MaxLength(_) | Rule::MinLength(_) | Rule::Pattern(_) => values
            .iter()
            .find_map(|v| string_problem(&constraint.rule, &shown, v)),
        Rule::Minimum(_) | Rule::Maximum(_) => values
            .iter()
            .filter_map(|v| v.trim().parse::<f64>().ok())
            .find_map(|x| number_problem(&constraint.rule, &shown, x)),
    };
    problem.map(|p| (name.to_owned(), p))
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn count_problem(rule: &Rule, shown: &str, len: usize) -> Option<String> {
    let n = len as u64;
    match *rule {
        Rule::MaxItems(max) if n > max => Some(format!(
            "{shown} has {}; the service accepts at most {max} — split the list (kaizala-ext's bulk helpers do this)",
            plural(n, "item", "items")
        )),
        Rule::MinItems(min) if n < min => Some(format!(
            "{shown} has {}; the service needs at least {}",
            plural(n, "item", "items"),
            plural(min, "item", "items")
        )),
        _ => None,
    }
}

fn string_problem(rule: &Rule, shown: &str, s: &str) -> Option<String> {
    let chars = || s.chars().count() as u64;
    match *rule {
        Rule::MaxLength(max) if chars() > max => Some(format!(
            "{shown} is {} long; at most {max} {} allowed",
            plural(chars(), "character", "characters"),
            if max == 1 { "is" } else { "are" }
        )),
        Rule::MinLength(min) if chars() < min => Some(if s.is_empty() {
            format!(
                "{shown} is empty; at least {} required",
                plural(min, "character is", "characters are")
            )
        } else {
            format!(
                "{shown} is {} long; at least {} required",
                plural(chars(), "character", "characters"),
                plural(min, "character is", "characters are")
            )
        }),
        Rule::Pattern(pattern) => match regex(pattern) {
            Some(re) if re.find(s).is_none() => Some(pattern_problem(shown, s, pattern)),
            _ => None,
        },
        _ => None,
    }
}

fn pattern_problem(shown: &str, s: &str, pattern: &str) -> String {
    if pattern.contains(r"\+[1-9]") {
        format!(
            "{shown} {s:?} does not match the E.164 pattern {pattern} — write numbers as +<country code><number>"
        )
    } else {
        format!("{shown} {s:?} does not match the pattern {pattern}")
    }
}

fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn number_problem(rule: &Rule, shown: &str, x: f64) -> Option<String> {
    match *rule {
        Rule::Minimum(min) if x < min => Some(format!(
            "{shown} is {}; the smallest value allowed is {}",
            number(x),
            number(min)
        )),
        Rule::Maximum(max) if x > max => Some(format!(
            "{shown} is {}; the largest value allowed is {}",
            number(x),
            number(max)
        )),
        _ => None,
    }
}

/// Every pattern of the spec, compiled once. A pattern regress cannot compile
/// is not checked (the spec's CI validation reports it).
fn regex(pattern: &str) -> Option<&'static regress::Regex> {
    static REGEXES: OnceLock<HashMap<&'static str, regress::Regex>> = OnceLock::new();
    REGEXES
        .get_or_init(|| {
            let mut map = HashMap::new();
            for op in operations::all() {
                for c in op.constraints {
                    if let Rule::Pattern(p) = c.rule
                        && let Ok(re) = regress::Regex::new(p)
                    {
                        map.insert(p, re);
                    }
                }
            }
            map
        })
        .get(pattern)
        .or_else(|| {
            // Patterns outside the spec's table (hand-built operations) are
            // compiled on first use and kept.
            static EXTRA: OnceLock<std::sync::Mutex<HashMap<String, &'static regress::Regex>>> =
                OnceLock::new();
            let mut extra = EXTRA
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if let Some(re) = extra.get(pattern) {
                return Some(*re);
            }
            let re: &'static regress::Regex =
                Box::leak(Box::new(regress::Regex::new(pattern).ok()?));
            extra.insert(pattern.to_owned(), re);
            Some(re)
        })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const E164: &str = r"^\+[1-9][0-9]{6,14}$";

    fn op(id: &'static str, constraints: &'static [Constraint]) -> Operation {
        Operation {
            id,
            method: "POST",
            path: "/x",
            tag: "T",
            requires_access_token: true,
            constraints,
            secrets: &[],
        }
    }

    fn err(operation: &Operation, value: Value) -> String {
        match check(operation, Some(&value), &[]) {
            Err(e) => e.to_string(),
            Ok(()) => "ok".to_owned(),
        }
    }

    fn phones(n: usize) -> Value {
        Value::Array((0..n).map(|i| json!(format!("+4477009{i:05}"))).collect())
    }

    #[test]
    fn max_items() {
        const C: &[Constraint] = &[Constraint {
            location: Location::Body,
            path: "members",
            rule: Rule::MaxItems(100),
        }];
        let o = op("createGroup", C);
        assert_eq!(err(&o, json!({"members": phones(100)})), "ok");
        assert_eq!(
            err(&o, json!({"members": phones(101)})),
            "createGroup: members has 101 items; the service accepts at most 100 — split the list (kaizala-ext's bulk helpers do this)"
        );
        // Absent: the schema's `required` decides, not this check.
        assert_eq!(err(&o, json!({"name": "x"})), "ok");
    }

    #[test]
    fn min_items() {
        const C: &[Constraint] = &[Constraint {
            location: Location::Body,
            path: "options",
            rule: Rule::MinItems(2),
        }];
        let o = op("sendAction", C);
        assert_eq!(err(&o, json!({"options": ["a", "b"]})), "ok");
        assert_eq!(
            err(&o, json!({"options": ["a"]})),
            "sendAction: options has 1 item; the service needs at least 2 items"
        );
    }

    #[test]
    fn max_and_min_length_count_characters() {
        const C: &[Constraint] = &[
            Constraint {
                location: Location::Body,
                path: "message",
                rule: Rule::MaxLength(4000),
            },
            Constraint {
                location: Location::Body,
                path: "message",
                rule: Rule::MinLength(1),
            },
        ];
        let o = op("sendMessage", C);
        assert_eq!(err(&o, json!({"message": "é".repeat(4000)})), "ok");
        assert_eq!(
            err(&o, json!({"message": "x".repeat(4001)})),
            "sendMessage: message is 4001 characters long; at most 4000 are allowed"
        );
        assert_eq!(
            err(&o, json!({"message": ""})),
            "sendMessage: message is empty; at least 1 character is required"
        );
    }

    #[test]
    fn pattern_in_array_elements() {
        static C: [Constraint; 1] = [Constraint {
            location: Location::Body,
            path: "subscribers[]",
            rule: Rule::Pattern(E164),
        }];
        let o = op("addSubscribers", &C);
        assert_eq!(
            err(&o, json!({"subscribers": ["+447700900001", "+15550100"]})),
            "ok"
        );
        let e = check(
            &o,
            Some(&json!({"subscribers": ["+447700900001", "+15550100", "+15550101", "0044 7700"]})),
            &[],
        )
        .err();
        assert_eq!(e.as_ref().map(|e| e.field.as_str()), Some("subscribers[3]"));
        assert_eq!(
            e.map(|e| e.to_string()).unwrap_or_default(),
            r#"addSubscribers: subscribers[3] "0044 7700" does not match the E.164 pattern ^\+[1-9][0-9]{6,14}$ — write numbers as +<country code><number>"#
        );
    }

    #[test]
    fn other_patterns_get_a_plain_message() {
        static C: [Constraint; 1] = [Constraint {
            location: Location::Body,
            path: "id",
            rule: Rule::Pattern("^[a-z]+$"),
        }];
        let o = op("getThing", &C);
        assert_eq!(err(&o, json!({"id": "abc"})), "ok");
        assert_eq!(
            err(&o, json!({"id": "ABC"})),
            r#"getThing: id "ABC" does not match the pattern ^[a-z]+$"#
        );
    }

    #[test]
    fn nested_paths_through_arrays() {
        const C: &[Constraint] = &[Constraint {
            location: Location::Body,
            path: "actionBody.questions[].options",
            rule: Rule::MaxItems(3),
        }];
        let o = op("sendAction", C);
        let ok =
            json!({"actionBody": {"questions": [{"options": [1, 2, 3]}, {"title": "no options"}]}});
        assert_eq!(err(&o, ok), "ok");
        let bad =
            json!({"actionBody": {"questions": [{"options": [1]}, {"options": [1, 2, 3, 4]}]}});
        assert_eq!(
            err(&o, bad),
            "sendAction: actionBody.questions[1].options has 4 items; the service accepts at most 3 — split the list (kaizala-ext's bulk helpers do this)"
        );
    }

    #[test]
    fn union_branches_apply_where_their_fields_exist() {
        // From a oneOf of two action types: each branch's constraints apply
        // only when its fields are there.
        const C: &[Constraint] = &[
            Constraint {
                location: Location::Body,
                path: "actionBody.questions",
                rule: Rule::MaxItems(2),
            },
            Constraint {
                location: Location::Body,
                path: "actionBody.message",
                rule: Rule::MaxLength(5),
            },
        ];
        let o = op("sendAction", C);
        assert_eq!(err(&o, json!({"actionBody": {"message": "hello"}})), "ok");
        assert_eq!(err(&o, json!({"actionBody": {"questions": [1, 2]}})), "ok");
        assert_eq!(
            err(&o, json!({"actionBody": {"message": "hello!"}})),
            "sendAction: actionBody.message is 6 characters long; at most 5 are allowed"
        );
    }

    #[test]
    fn root_array_body_and_nested_arrays() {
        const C: &[Constraint] = &[
            Constraint {
                location: Location::Body,
                path: "",
                rule: Rule::MaxItems(2),
            },
            Constraint {
                location: Location::Body,
                path: "[][]",
                rule: Rule::MaxLength(1),
            },
        ];
        let o = op("bulk", C);
        assert_eq!(err(&o, json!([["a"], ["b", "c"]])), "ok");
        assert_eq!(
            err(&o, json!([1, 2, 3])),
            "bulk: the request body has 3 items; the service accepts at most 2 — split the list (kaizala-ext's bulk helpers do this)"
        );
        assert_eq!(
            err(&o, json!([["a"], ["b", "cd"]])),
            "bulk: [1][1] is 2 characters long; at most 1 is allowed"
        );
    }

    #[test]
    fn numbers_in_body() {
        const C: &[Constraint] = &[
            Constraint {
                location: Location::Body,
                path: "count",
                rule: Rule::Minimum(1.0),
            },
            Constraint {
                location: Location::Body,
                path: "count",
                rule: Rule::Maximum(100.0),
            },
        ];
        let o = op("listThings", C);
        assert_eq!(err(&o, json!({"count": 1})), "ok");
        assert_eq!(
            err(&o, json!({"count": 0})),
            "listThings: count is 0; the smallest value allowed is 1"
        );
        assert_eq!(
            err(&o, json!({"count": 100.5})),
            "listThings: count is 100.5; the largest value allowed is 100"
        );
    }

    #[test]
    fn query_parameters() {
        const C: &[Constraint] = &[
            Constraint {
                location: Location::Query,
                path: "count",
                rule: Rule::Minimum(1.0),
            },
            Constraint {
                location: Location::Query,
                path: "count",
                rule: Rule::Maximum(100.0),
            },
            Constraint {
                location: Location::Query,
                path: "cursor",
                rule: Rule::MaxLength(4),
            },
        ];
        let o = op("listGroups", C);
        let q = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        assert_eq!(
            check(&o, None, &q(&[("count", "100"), ("cursor", "abcd")])),
            Ok(())
        );
        assert_eq!(check(&o, None, &[]), Ok(()));
        let e = check(&o, None, &q(&[("count", "500")])).err();
        assert_eq!(
            e.map(|e| e.to_string()).unwrap_or_default(),
            "listGroups: query parameter count is 500; the largest value allowed is 100"
        );
        let e = check(&o, None, &q(&[("cursor", "abcde")])).err();
        assert_eq!(
            e.map(|e| e.to_string()).unwrap_or_default(),
            "listGroups: query parameter cursor is 5 characters long; at most 4 are allowed"
        );
    }

    #[test]
    fn reads_reqwest_requests() {
        const C: &[Constraint] = &[
            Constraint {
                location: Location::Body,
                path: "message",
                rule: Rule::MaxLength(3),
            },
            Constraint {
                location: Location::Query,
                path: "count",
                rule: Rule::Maximum(10.0),
            },
        ];
        let o = op("sendMessage", C);
        let build = |url: &str, body: &str| -> reqwest::Request {
            let mut r = reqwest::Request::new(
                reqwest::Method::POST,
                reqwest::Url::parse(url).unwrap_or_else(|e| panic!("{e}")),
            );
            *r.body_mut() = Some(body.to_owned().into());
            r
        };
        assert!(request(&o, &build("http://x/m?count=3", r#"{"message":"abc"}"#)).is_ok());
        assert!(request(&o, &build("http://x/m", r#"{"message":"abcd"}"#)).is_err());
        assert!(request(&o, &build("http://x/m?count=11", "{}")).is_err());
        // Not JSON: not checked.
        assert!(request(&o, &build("http://x/m", "message=abcdef")).is_ok());
    }

    #[test]
    fn path_steps() {
        let shape = |p| {
            steps(p)
                .iter()
                .map(|s| match s {
                    Step::Field(f) => (*f).to_owned(),
                    Step::Each => "*".to_owned(),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(shape("a.b[].c"), ["a", "b", "*", "c"]);
        assert_eq!(shape("a[][]"), ["a", "*", "*"]);
        assert_eq!(shape(""), Vec::<String>::new());
    }
}
