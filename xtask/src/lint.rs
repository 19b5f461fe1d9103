//! What a careful reviewer refuses in a spec that is valid YAML: keywords
//! OpenAPI 3.0 does not have (`propertes:`), type names it does not have
//! (`type: sting`), keys given twice in one mapping (YAML parsers keep the
//! last one silently), and where each problem is in the file (line and column,
//! from the YAML parser's marks).

use std::collections::HashMap;

use serde_json::Value;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// HTTP methods of a path item, in the order openapiv3 and progenitor visit them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One problem: where it is in the JSON tree, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<String>,
    pub message: String,
}

impl Problem {
    pub fn new(path: &[String], message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_vec(),
            message: message.into(),
        }
    }

    /// The path as the rest of xtask writes it: `paths./groups.get`.
    pub fn place(&self) -> String {
        if self.path.is_empty() {
            "(document)".to_owned()
        } else {
            self.path.join(".")
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place(), self.message)
    }
}

/// Line and column (1-based) of every key and sequence item of a YAML text,
/// by its path in the tree (the first, where a key is given twice), and the
/// keys given twice.
#[derive(Debug, Default)]
pub struct Positions {
    first: HashMap<Vec<String>, (usize, usize)>,
    duplicates: Vec<Duplicate>,
    /// Why the text could not be read for positions and duplicate keys,
    /// located (`line:col: …`), when the YAML parser took it.
    unreadable: Option<String>,
}

/// A key given a second time in the same mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The path of the key (its mapping's path, then the key).
    pub path: Vec<String>,
    /// Line and column of the second occurrence.
    pub at: (usize, usize),
    /// Line of the first.
    pub first_line: usize,
}

enum Frame {
    /// In a mapping: the key just read (waiting for its value), if any.
    Map(Option<String>),
    /// In a sequence: the index of the next item.
    Seq(usize),
}

struct Open {
    frame: Frame,
    /// A mapping's keys so far, with their line and column.
    keys: HashMap<String, (usize, usize)>,
    /// Whether this collection added a segment to the path.
    pushed: bool,
    /// Whether this collection is a mapping key (not OpenAPI, but valid YAML).
    is_key: bool,
}

#[derive(Default)]
struct Collector {
    stack: Vec<Open>,
    /// The path of the node being read.
    path: Vec<String>,
    positions: HashMap<Vec<String>, (usize, usize)>,
    duplicates: Vec<Duplicate>,
    /// The value of each anchored scalar (`&name value`), by anchor id: a
    /// key written as an alias (`*name : …`) is that value.
    anchored: HashMap<usize, String>,
}

impl Collector {
    /// A value starts at `mark`: push its key or index (recording an item's
    /// position; a key's was recorded when it was read). Returns whether a
    /// segment was pushed.
    fn enter(&mut self, mark: Marker) -> bool {
        match self.stack.last_mut().map(|o| &mut o.frame) {
            Some(Frame::Map(key)) => match key.take() {
                Some(k) => {
                    self.path.push(k);
                    true
                }
                None => false,
            },
            Some(Frame::Seq(i)) => {
                self.path.push(i.to_string());
                *i += 1;
                self.positions
                    .entry(self.path.clone())
                    .or_insert((mark.line(), mark.col() + 1));
                true
            }
            None => false,
        }
    }

    fn awaiting_key(&self) -> bool {
        matches!(self.stack.last().map(|o| &o.frame), Some(Frame::Map(None)))
    }

    /// A scalar (or an alias of one) at `mark`: a key, or a value.
    fn on_scalar(&mut self, value: String, mark: Marker) {
        if self.awaiting_key() {
            let here = (mark.line(), mark.col() + 1);
            let mut at = self.path.clone();
            at.push(value.clone());
            if let Some(open) = self.stack.last_mut() {
                match open.keys.get(&value) {
                    Some(&(first_line, _)) => self.duplicates.push(Duplicate {
                        path: at.clone(),
                        at: here,
                        first_line,
                    }),
                    None => {
                        open.keys.insert(value.clone(), here);
                    }
                }
            }
            self.positions.entry(at).or_insert(here);
            if let Some(Open {
                frame: Frame::Map(key),
                ..
            }) = self.stack.last_mut()
            {
                *key = Some(value);
            }
        } else if self.enter(mark) {
            self.path.pop();
        }
    }
}

impl MarkedEventReceiver for Collector {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, _, anchor, _) => {
                if anchor > 0 {
                    self.anchored.insert(anchor, value.clone());
                }
                self.on_scalar(value, mark);
            }
            Event::Alias(id) => match self.anchored.get(&id).cloned() {
                // An alias of a scalar is that scalar, as a key too.
                Some(value) => self.on_scalar(value, mark),
                None => {
                    if self.awaiting_key() {
                        if let Some(Open {
                            frame: Frame::Map(key),
                            ..
                        }) = self.stack.last_mut()
                        {
                            *key = Some("?".to_owned());
                        }
                    } else if self.enter(mark) {
                        self.path.pop();
                    }
                }
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_key = self.awaiting_key();
                let pushed = !is_key && self.enter(mark);
                let frame = if matches!(ev, Event::MappingStart(..)) {
                    Frame::Map(None)
                } else {
                    Frame::Seq(0)
                };
                self.stack.push(Open {
                    frame,
                    keys: HashMap::new(),
                    pushed,
                    is_key,
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some(open) = self.stack.pop() {
                    if open.pushed {
                        self.path.pop();
                    }
                    if open.is_key
                        && let Some(Open {
                            frame: Frame::Map(key),
                            ..
                        }) = self.stack.last_mut()
                    {
                        *key = Some("?".to_owned());
                    }
                }
            }
            _ => {}
        }
    }
}

impl Positions {
    /// Reads the marks of `text`. When this reader cannot parse it (where
    /// the YAML parser could: it takes a tab after `:`, this one does not),
    /// nothing is known and [`unreadable`](Self::unreadable) says why: the
    /// spec cannot be checked for keys given twice, so it is refused.
    pub fn of(text: &str) -> Positions {
        let mut collector = Collector::default();
        let mut parser = Parser::new_from_str(text);
        if let Err(e) = parser.load(&mut collector, false) {
            let at = e.marker();
            let line = text.lines().nth(at.line().saturating_sub(1)).unwrap_or("");
            let mut why = format!(
                "{}:{}: xtask cannot read this YAML to check it (keys given twice, positions): \
                 {}\n  {:>5} | {line}",
                at.line(),
                at.col() + 1,
                e.info(),
                at.line()
            );
            if line.contains('\t') {
                why.push_str(
                    "\n  hint: a tab is not YAML indentation or separation here; use spaces",
                );
            }
            return Positions {
                unreadable: Some(why),
                ..Positions::default()
            };
        }
        Positions {
            first: collector.positions,
            duplicates: collector.duplicates,
            unreadable: None,
        }
    }

    /// Why the text could not be read for positions (`line:col: …`), if so.
    pub fn unreadable(&self) -> Option<&str> {
        self.unreadable.as_deref()
    }

    /// Line and column of `path`, or of its longest prefix that has one.
    pub fn find(&self, path: &[String]) -> Option<(usize, usize)> {
        (1..=path.len())
            .rev()
            .find_map(|n| self.first.get(&path[..n]).copied())
    }

    /// Every key given twice in one mapping, as a located problem
    /// (`file:line:col: path: message`, at the second occurrence) that says
    /// what to do.
    pub fn duplicate_keys(&self, name: &str) -> Vec<String> {
        self.duplicates
            .iter()
            .map(|d| {
                let (line, col) = d.at;
                let problem = Problem::new(&d.path, duplicate_message(d));
                format!("{name}:{line}:{col}: {problem}")
            })
            .collect()
    }
}

/// What a duplicate key means where it is, and the fix.
fn duplicate_message(d: &Duplicate) -> String {
    let (parent, key) = match d.path.split_last() {
        Some((key, parent)) => (parent, key.as_str()),
        None => return "a key given twice".to_owned(),
    };
    let n = d.first_line;
    let parent: Vec<&str> = parent.iter().map(String::as_str).collect();
    let named = |what: &str| {
        format!("a {what} named {key} already exists at line {n}; choose another name")
    };
    match parent.as_slice() {
        ["components", "schemas"] => named("schema"),
        ["components", "parameters"] => named("parameter"),
        ["components", "responses"] => named("response"),
        ["components", "requestBodies"] => named("request body"),
        ["components", "headers"] => named("header"),
        ["components", "examples"] => named("example"),
        ["components", "securitySchemes"] => named("security scheme"),
        ["paths"] => format!(
            "the path {key} is already defined at line {n}; put all its operations under that one"
        ),
        ["paths", _] if METHODS.contains(&key) => format!(
            "this path already has a `{key}` operation at line {n}; keep one (or use another method)"
        ),
        [.., "properties"] => format!(
            "a property named {key} already exists at line {n}; choose another name or remove one"
        ),
        _ => format!(
            "the key `{key}` is already given at line {n} in this mapping (YAML would keep only \
             the last one); remove or rename one"
        ),
    }
}

/// Where a problem is, `file:line:col`, falling back to the file alone.
pub fn located(name: &str, positions: &Positions, problem: &Problem) -> String {
    match positions.find(&problem.path) {
        Some((line, col)) => format!("{name}:{line}:{col}: {problem}"),
        None => format!("{name}: {problem}"),
    }
}

/// The OpenAPI 3.0.3 keywords of each object kind xtask checks.
const ROOT: &[&str] = &[
    "openapi",
    "info",
    "servers",
    "paths",
    "components",
    "security",
    "tags",
    "externalDocs",
];
const INFO: &[&str] = &[
    "title",
    "description",
    "termsOfService",
    "contact",
    "license",
    "version",
];
const PATH_ITEM: &[&str] = &[
    "$ref",
    "summary",
    "description",
    "get",
    "put",
    "post",
    "delete",
    "options",
    "head",
    "patch",
    "trace",
    "servers",
    "parameters",
];
const OPERATION: &[&str] = &[
    "tags",
    "summary",
    "description",
    "externalDocs",
    "operationId",
    "parameters",
    "requestBody",
    "responses",
    "callbacks",
    "deprecated",
    "security",
    "servers",
];
const PARAMETER: &[&str] = &[
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "style",
    "explode",
    "allowReserved",
    "schema",
    "example",
    "examples",
    "content",
];
const HEADER: &[&str] = &[
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "style",
    "explode",
    "allowReserved",
    "schema",
    "example",
    "examples",
    "content",
];
const REQUEST_BODY: &[&str] = &["description", "content", "required"];
const RESPONSE: &[&str] = &["description", "headers", "content", "links"];
const MEDIA_TYPE: &[&str] = &["schema", "example", "examples", "encoding"];
const ENCODING: &[&str] = &[
    "contentType",
    "headers",
    "style",
    "explode",
    "allowReserved",
];
const COMPONENTS: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
];
const SECURITY_SCHEME: &[&str] = &[
    "type",
    "description",
    "name",
    "in",
    "scheme",
    "bearerFormat",
    "flows",
    "openIdConnectUrl",
];
const TAG: &[&str] = &["name", "description", "externalDocs"];
const EXAMPLE: &[&str] = &["summary", "description", "value", "externalValue"];
const SCHEMA: &[&str] = &[
    "$ref",
    "title",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "items",
    "properties",
    "additionalProperties",
    "description",
    "format",
    "default",
    "nullable",
    "discriminator",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "example",
    "deprecated",
];

/// The type names of OpenAPI 3.0 (no `null`: that is `nullable: true`).
pub const TYPES: &[&str] = &["string", "number", "integer", "boolean", "array", "object"];

/// The formats of each type that change what is generated or say what the
/// value is (OpenAPI 3.0's, and the string formats progenitor's type
/// generator knows): any other is a typo that would silently leave the
/// field a plain string or number (`date-tme`, `int63`).
fn formats(of: &str) -> &'static [&'static str] {
    match of {
        "integer" => &[
            "int32", "int64", "int8", "int16", "uint8", "uint16", "uint32", "uint64",
        ],
        "number" => &["float", "double"],
        "string" => &[
            "date",
            "date-time",
            "time",
            "byte",
            "binary",
            "password",
            "email",
            "uuid",
            "uri",
            "uri-reference",
            "hostname",
            "ip",
            "ipv4",
            "ipv6",
        ],
        _ => &[],
    }
}

/// The media types a Kaizala operation sends or receives; any other key
/// under `content` is a typo (`application/jsno`) that would leave the body
/// untyped.
const MEDIA_TYPES: &[&str] = &[
    "application/json",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
    "text/html",
];

/// Edit distance, for "did you mean".
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = here;
        }
    }
    row[b.len()]
}

/// The candidate nearest to `word`, if it is near enough to be a typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (distance(&lower, &c.to_ascii_lowercase()), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 2).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn did_you_mean(found: Option<&str>) -> String {
    found
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

struct Lint<'a> {
    path: Vec<String>,
    problems: &'a mut Vec<Problem>,
}

impl Lint<'_> {
    fn at<R>(&mut self, segment: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(segment.to_owned());
        let r = f(self);
        self.path.pop();
        r
    }

    /// Reports every key of `value` that is neither in `known` nor an `x-`
    /// extension.
    fn keys(&mut self, value: &Value, kind: &str, known: &[&str]) {
        let Some(map) = value.as_object() else { return };
        for key in map.keys() {
            if key.starts_with("x-") || known.contains(&key.as_str()) {
                continue;
            }
            let hint = did_you_mean(nearest(key, known.iter().copied()));
            self.at(key, |l| {
                l.problems.push(Problem::new(
                    &l.path,
                    format!(
                        "`{key}` is not an OpenAPI 3.0 {kind} keyword{hint}; \
                         extensions must start with `x-`"
                    ),
                ))
            });
        }
    }

    fn each<F: FnMut(&mut Self, &Value)>(&mut self, value: Option<&Value>, mut f: F) {
        if let Some(map) = value.and_then(Value::as_object) {
            for (k, v) in map {
                self.at(k, |l| f(l, v));
            }
        }
    }

    fn root(&mut self, raw: &Value) {
        self.keys(raw, "document", ROOT);
        self.at("info", |l| {
            if let Some(info) = raw.get("info") {
                l.keys(info, "info", INFO)
            }
        });
        self.at("tags", |l| {
            for (i, tag) in raw
                .get("tags")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                l.at(&i.to_string(), |l| l.keys(tag, "tag", TAG));
            }
        });
        self.at("paths", |l| {
            l.each(raw.get("paths"), |l, item| {
                if item.get("$ref").is_some() {
                    return;
                }
                l.keys(item, "path item", PATH_ITEM);
                l.parameters(item.get("parameters"));
                let template = l.path.last().cloned().unwrap_or_default();
                for method in METHODS {
                    if let Some(op) = item.get(method) {
                        l.at(method, |l| {
                            l.operation(op);
                            l.path_parameters(raw, &template, item, op);
                        });
                    }
                }
            })
        });
        self.at("components", |l| {
            let Some(components) = raw.get("components") else {
                return;
            };
            l.keys(components, "components", COMPONENTS);
            l.at("schemas", |l| {
                l.each(components.get("schemas"), |l, s| l.schema(s))
            });
            l.at("parameters", |l| {
                l.each(components.get("parameters"), |l, p| l.parameter(p))
            });
            l.at("responses", |l| {
                l.each(components.get("responses"), |l, r| l.response(r))
            });
            l.at("requestBodies", |l| {
                l.each(components.get("requestBodies"), |l, b| l.request_body(b))
            });
            l.at("headers", |l| {
                l.each(components.get("headers"), |l, h| l.header(h))
            });
            l.at("examples", |l| {
                l.each(components.get("examples"), |l, e| l.example(e))
            });
            l.at("securitySchemes", |l| {
                l.each(components.get("securitySchemes"), |l, s| {
                    if s.get("$ref").is_none() {
                        l.keys(s, "security scheme", SECURITY_SCHEME)
                    }
                })
            });
        });
    }

    /// Each `{placeholder}` of `template` has a parameter `in: path` of
    /// that name with `required: true`, and no path parameter names a
    /// placeholder the path lacks (progenitor panicked on either, naming no
    /// place).
    fn path_parameters(&mut self, raw: &Value, template: &str, item: &Value, op: &Value) {
        let resolve = |p: &'_ Value| -> Option<Value> {
            match p.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    let name = r.strip_prefix("#/components/parameters/")?;
                    raw.pointer(&format!("/components/parameters/{name}"))
                        .cloned()
                }
                None => Some(p.clone()),
            }
        };
        let declared: Vec<Value> = [item.get("parameters"), op.get("parameters")]
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .filter_map(resolve)
            .filter(|p| p.get("in").and_then(Value::as_str) == Some("path"))
            .collect();
        let placeholders: Vec<&str> = template
            .split('/')
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .collect();
        let names: Vec<&str> = declared
            .iter()
            .filter_map(|p| p.get("name").and_then(Value::as_str))
            .collect();
        for placeholder in &placeholders {
            match declared
                .iter()
                .find(|p| p.get("name").and_then(Value::as_str) == Some(placeholder))
            {
                None => {
                    let hint = did_you_mean(nearest(placeholder, names.iter().copied()));
                    self.problems.push(Problem::new(
                        &self.path,
                        format!(
                            "the path's {{{placeholder}}} has no parameter `in: path` named \
                             {placeholder}{hint}"
                        ),
                    ));
                }
                Some(p) if p.get("required") != Some(&Value::Bool(true)) => {
                    self.problems.push(Problem::new(
                        &self.path,
                        format!(
                            "the path parameter {placeholder} must be `required: true` (a path \
                             cannot leave it out)"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        for name in names.iter().filter(|n| !placeholders.contains(n)) {
            let hint = did_you_mean(nearest(name, placeholders.iter().copied()));
            self.problems.push(Problem::new(
                &self.path,
                format!("the path parameter {name} is not a {{placeholder}} of {template}{hint}"),
            ));
        }
    }

    fn parameters(&mut self, list: Option<&Value>) {
        self.at("parameters", |l| {
            for (i, p) in list
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                l.at(&i.to_string(), |l| l.parameter(p));
            }
        });
    }

    fn operation(&mut self, op: &Value) {
        self.keys(op, "operation", OPERATION);
        self.parameters(op.get("parameters"));
        if let Some(body) = op.get("requestBody") {
            self.at("requestBody", |l| l.request_body(body));
        }
        self.at("responses", |l| {
            l.each(op.get("responses"), |l, r| l.response(r))
        });
    }

    fn parameter(&mut self, p: &Value) {
        if p.get("$ref").is_some() {
            return;
        }
        self.keys(p, "parameter", PARAMETER);
        self.schema_at(p);
        self.content(p);
        self.examples(p);
    }

    fn header(&mut self, h: &Value) {
        if h.get("$ref").is_some() {
            return;
        }
        self.keys(h, "header", HEADER);
        self.schema_at(h);
        self.content(h);
        self.examples(h);
    }

    fn request_body(&mut self, b: &Value) {
        if b.get("$ref").is_some() {
            return;
        }
        self.keys(b, "request body", REQUEST_BODY);
        self.content(b);
    }

    fn response(&mut self, r: &Value) {
        if r.get("$ref").is_some() {
            return;
        }
        self.keys(r, "response", RESPONSE);
        self.at("headers", |l| l.each(r.get("headers"), |l, h| l.header(h)));
        self.content(r);
    }

    fn content(&mut self, holder: &Value) {
        self.at("content", |l| {
            l.each(holder.get("content"), |l, media| {
                if let Some(name) = l.path.last().cloned()
                    && !MEDIA_TYPES.contains(&name.as_str())
                {
                    let hint = did_you_mean(nearest(&name, MEDIA_TYPES.iter().copied()));
                    l.problems.push(Problem::new(
                        &l.path,
                        format!(
                            "`{name}` is not a media type this API uses{hint}; they are {}",
                            MEDIA_TYPES.join(", ")
                        ),
                    ));
                }
                l.keys(media, "media type", MEDIA_TYPE);
                l.schema_at(media);
                l.examples(media);
                l.at("encoding", |l| {
                    l.each(media.get("encoding"), |l, e| {
                        l.keys(e, "encoding", ENCODING);
                        l.at("headers", |l| l.each(e.get("headers"), |l, h| l.header(h)));
                    })
                });
            })
        });
    }

    fn examples(&mut self, holder: &Value) {
        self.at("examples", |l| {
            l.each(holder.get("examples"), |l, e| l.example(e))
        });
    }

    fn example(&mut self, e: &Value) {
        if e.get("$ref").is_none() {
            self.keys(e, "example", EXAMPLE);
        }
    }

    fn schema_at(&mut self, holder: &Value) {
        if let Some(s) = holder.get("schema") {
            self.at("schema", |l| l.schema(s));
        }
    }

    fn schema(&mut self, s: &Value) {
        let Some(map) = s.as_object() else { return };
        if map.contains_key("$ref") {
            // OpenAPI 3.0 ignores every sibling of a `$ref`: a `nullable`
            // or `description` beside one is silently lost.
            let siblings: Vec<&str> = map
                .keys()
                .map(String::as_str)
                .filter(|k| *k != "$ref" && !k.starts_with("x-"))
                .collect();
            if !siblings.is_empty() {
                self.problems.push(Problem::new(
                    &self.path,
                    format!(
                        "OpenAPI 3.0 ignores every key beside `$ref` (here {}); write \
                         `allOf: [{{$ref: …}}]` with them beside the `allOf`",
                        siblings.join(", ")
                    ),
                ));
            }
            return;
        }
        self.keys(s, "schema", SCHEMA);
        let type_name = map.get("type").and_then(Value::as_str).unwrap_or_default();
        if let Some(format) = map.get("format").and_then(Value::as_str) {
            let known = formats(type_name);
            if !known.is_empty() && !known.contains(&format) {
                let hint = did_you_mean(nearest(format, known.iter().copied()));
                self.at("format", |l| {
                    l.problems.push(Problem::new(
                        &l.path,
                        format!(
                            "`{format}` is not a format of `{type_name}`{hint}; they are {}",
                            known.join(", ")
                        ),
                    ))
                });
            }
        }
        let fits = |v: &Value| match type_name {
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            _ => true,
        };
        let nullable = map.get("nullable") == Some(&Value::Bool(true));
        let fits = |v: &Value| fits(v) || (nullable && v.is_null());
        if let Some(default) = map.get("default")
            && !fits(default)
        {
            self.at("default", |l| {
                l.problems.push(Problem::new(
                    &l.path,
                    format!("the default {default} is not a {type_name}"),
                ))
            });
        }
        if let Some(Value::Array(values)) = map.get("enum") {
            for (i, value) in values.iter().enumerate() {
                if !fits(value) {
                    self.at("enum", |l| {
                        l.at(&i.to_string(), |l| {
                            l.problems.push(Problem::new(
                                &l.path,
                                format!("the enum value {value} is not a {type_name}"),
                            ))
                        })
                    });
                }
            }
        }
        if type_name == "array" && !map.contains_key("items") {
            self.problems.push(Problem::new(
                &self.path,
                "an array schema needs `items` (the schema of its elements)",
            ));
        }
        if let (Some(Value::Array(required)), Some(Value::Object(properties))) =
            (map.get("required"), map.get("properties"))
            && !["allOf", "anyOf", "oneOf"]
                .iter()
                .any(|k| map.contains_key(*k))
        {
            for name in required.iter().filter_map(Value::as_str) {
                if !properties.contains_key(name) {
                    let hint = did_you_mean(nearest(name, properties.keys().map(String::as_str)));
                    self.at("required", |l| {
                        l.problems.push(Problem::new(
                            &l.path,
                            format!("`{name}` is required but is not one of the properties{hint}"),
                        ))
                    });
                }
            }
        }
        match map.get("type") {
            None => {}
            Some(Value::String(t)) if TYPES.contains(&t.as_str()) => {}
            Some(Value::String(t)) => {
                let hint = did_you_mean(nearest(t, TYPES.iter().copied()));
                let nullable = if t == "null" {
                    " (OpenAPI 3.0 has no `null` type: write `nullable: true`)"
                } else {
                    ""
                };
                self.at("type", |l| {
                    l.problems.push(Problem::new(
                        &l.path,
                        format!(
                            "`{t}` is not an OpenAPI 3.0 type{hint}{nullable}; \
                             the types are {}",
                            TYPES.join(", ")
                        ),
                    ))
                });
            }
            Some(other) => self.at("type", |l| {
                l.problems.push(Problem::new(
                    &l.path,
                    format!(
                        "`type` must be one name (OpenAPI 3.0 has no type lists), not {other}; \
                         the types are {}",
                        TYPES.join(", ")
                    ),
                ))
            }),
        }
        self.at("properties", |l| {
            l.each(map.get("properties"), |l, p| l.schema(p))
        });
        for key in ["items", "not", "additionalProperties"] {
            if let Some(sub) = map.get(key) {
                self.at(key, |l| l.schema(sub));
            }
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            self.at(key, |l| {
                for (i, sub) in map
                    .get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    l.at(&i.to_string(), |l| l.schema(sub));
                }
            });
        }
    }
}

/// Unknown keywords and type names anywhere OpenAPI 3.0 defines the keys.
pub fn keywords(raw: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    Lint {
        path: Vec::new(),
        problems: &mut problems,
    }
    .root(raw);
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &str) -> Vec<String> {
        p.split('.').map(str::to_owned).collect()
    }

    #[test]
    fn positions_are_one_based_lines_and_columns_of_keys_and_items() {
        let text = "openapi: 3.0.3\npaths:\n  /a:\n    get: {operationId: x, tags: [A, B]}\n";
        let p = Positions::of(text);
        assert_eq!(p.find(&path("openapi")), Some((1, 1)));
        assert_eq!(p.find(&path("paths./a")), Some((3, 3)));
        assert_eq!(p.find(&path("paths./a.get")), Some((4, 5)));
        assert_eq!(p.find(&path("paths./a.get.operationId")), Some((4, 11)));
        assert_eq!(p.find(&path("paths./a.get.tags.1")), Some((4, 37)));
        // A path the file does not have: its nearest ancestor.
        assert_eq!(p.find(&path("paths./a.get.nothing.here")), Some((4, 5)));
    }

    #[test]
    fn nearest_names_typos_only() {
        assert_eq!(
            nearest("propertes", SCHEMA.iter().copied()),
            Some("properties")
        );
        assert_eq!(nearest("sting", TYPES.iter().copied()), Some("string"));
        assert_eq!(nearest("Integer", TYPES.iter().copied()), Some("integer"));
        assert_eq!(nearest("zzzzzzzzzzzz", TYPES.iter().copied()), None);
    }
}
