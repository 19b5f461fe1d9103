//! Every JSON body of the public evidence, mapped to its operation and
//! direction: the Swagger file's live recordings (`x-unitTests`) and examples
//! (`x-ms-example`), and the code blocks of every version of every reference
//! page (`history/` included). Used by the recorded-forms test.

use std::fmt;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::code_blocks;

/// Which way a sample travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    /// A request body the client sends.
    Request,
    /// A response body the service sends.
    Response,
    /// A webhook delivery (EventSchema).
    Event,
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Direction::Request => "request",
            Direction::Response => "response",
            Direction::Event => "event",
        })
    }
}

/// One JSON body of the evidence.
#[derive(Clone, Debug)]
pub struct Sample {
    /// Where it is: `swagger-2017.json#<JSON pointer>` or `<page file>:<line>`.
    pub source: String,
    /// The operationId it belongs to (`None` for webhook events, or when the
    /// page gives no operation).
    pub operation: Option<&'static str>,
    /// Request, response or event.
    pub direction: Direction,
    /// The text as the source has it (JSON5-ish).
    pub text: String,
}

/// Parses the Swagger file leniently: it has raw control characters (tabs,
/// newlines) inside strings, which strict JSON forbids; they are escaped.
pub fn parse_swagger(text: &str) -> Result<Value, String> {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            } else if (c as u32) < 0x20 {
                out.push_str(&format!("\\u{:04x}", c as u32));
                continue;
            }
        } else if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    serde_json::from_str(&out).map_err(|e| e.to_string())
}

/// The operations of the spec: (operationId, method, path).
fn operations() -> Vec<(&'static str, &'static str, &'static str)> {
    kaizala_api::operations::all()
        .iter()
        .map(|o| (o.id, o.method, o.path))
        .collect()
}

/// Maps a method and a path as a source writes it (`//{api_root}/groups/{groupId}/subgroups?x=y`,
/// `/groups/{test-group-id}/members/364388bc-…`) to an operationId: literal words match
/// case-insensitively (the service routed that way); a source's literal may stand for one
/// of our parameters (a pasted id), never the other way round. The most literal matches win.
pub fn operation_for(method: &str, path: &str) -> Option<&'static str> {
    let path = path.split('?').next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let first_word = segments.iter().position(|s| {
        [
            "groups",
            "webhook",
            "accesstoken",
            "generatepin",
            "loginwithpinandapplicationid",
            "media",
            "oauth",
        ]
        .contains(&s.to_ascii_lowercase().as_str())
    })?;
    let segments = &segments[first_word..];
    let is_param = |s: &str| s.starts_with('{') && s.ends_with('}');
    let mut best: Option<(&'static str, usize)> = None;
    for (id, m, p) in operations() {
        if !m.eq_ignore_ascii_case(method) {
            continue;
        }
        let ours: Vec<&str> = p.split('/').filter(|s| !s.is_empty()).collect();
        if ours.len() != segments.len() {
            continue;
        }
        let mut literals = 0;
        let fits = ours
            .iter()
            .zip(segments)
            .all(|(o, t)| match (is_param(o), is_param(t)) {
                (true, _) => true,
                (false, true) => false,
                (false, false) => {
                    literals += 1;
                    o.eq_ignore_ascii_case(t)
                }
            });
        if fits && best.is_none_or(|(_, n)| literals > n) {
            best = Some((id, literals));
        }
    }
    best.map(|(id, _)| id)
}

fn pointer_escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Definitions no operation references, mapped by what they name.
const UNREFERENCED_DEFINITIONS: &[(&str, &str, Direction)] = &[
    (
        "Request - PostCustomActionToAGroup[withProperties]",
        "sendAction",
        Direction::Request,
    ),
    (
        "Request - PostAJobOnAGroup",
        "sendAction",
        Direction::Request,
    ),
    (
        "Request - SendImageOnAGroup",
        "sendAction",
        Direction::Request,
    ),
    (
        "Request - SubscribeToAllEventsAtActionLevelWithActionPackageId",
        "createWebhook",
        Direction::Request,
    ),
    (
        "Request - SubscribeToAllEventsAtGroupLevel",
        "createWebhook",
        Direction::Request,
    ),
    ("Request - Generate pin", "generatePin", Direction::Request),
    (
        "Request - PostCustomAnnouncementToAGroup",
        "sendAction",
        Direction::Request,
    ),
    (
        "Request - PostCustomAnnouncementToAGroup[withImages]",
        "sendAction",
        Direction::Request,
    ),
    (
        "Request - PostCustomActionOnAGroup",
        "sendAction",
        Direction::Request,
    ),
];

fn json_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Every JSON body of the Swagger file.
pub fn swagger_samples(swagger: &Value) -> Vec<Sample> {
    let mut out = Vec::new();
    let mut referenced: Vec<(String, &'static str, Direction)> = Vec::new();
    let Some(paths) = swagger["paths"].as_object() else {
        return out;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            let operation = operation_for(method, path);
            let base = format!("swagger-2017.json#/paths/{}/{method}", pointer_escape(path));
            for key in ["x-unitTests", "x-ms-example"] {
                for (i, test) in op[key].as_array().into_iter().flatten().enumerate() {
                    for (part, direction) in [
                        ("request", Direction::Request),
                        ("expectedResponse", Direction::Response),
                    ] {
                        let body = &test[part]["body"];
                        let text = json_text(body);
                        if body.is_null() || text.trim().is_empty() {
                            continue;
                        }
                        out.push(Sample {
                            source: format!("{base}/{key}/{i}/{part}/body"),
                            operation,
                            direction,
                            text,
                        });
                    }
                }
            }
            for (i, parameter) in op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                let schema = &parameter["schema"];
                if let Some(example) = schema.get("x-ms-example") {
                    out.push(Sample {
                        source: format!("{base}/parameters/{i}/schema/x-ms-example"),
                        operation,
                        direction: Direction::Request,
                        text: json_text(example),
                    });
                }
                if let (Some(r), Some(id)) = (schema["$ref"].as_str(), operation) {
                    referenced.push((r.to_owned(), id, Direction::Request));
                }
            }
            for (code, response) in op["responses"].as_object().into_iter().flatten() {
                if let Some(example) = response.get("x-ms-example") {
                    // Keyed by media type: `{"application/json": {...}}`.
                    let (pointer, example) = match example.get("application/json") {
                        Some(inner) => ("/application~1json", inner),
                        None => ("", example),
                    };
                    out.push(Sample {
                        source: format!("{base}/responses/{code}/x-ms-example{pointer}"),
                        operation,
                        direction: Direction::Response,
                        text: json_text(example),
                    });
                }
                if let (Some(r), Some(id)) = (response["schema"]["$ref"].as_str(), operation) {
                    referenced.push((r.to_owned(), id, Direction::Response));
                }
            }
        }
    }
    for (name, definition) in swagger["definitions"].as_object().into_iter().flatten() {
        let Some(example) = definition.get("x-ms-example") else {
            continue;
        };
        let reference = format!("#/definitions/{name}");
        let mut uses: Vec<(&'static str, Direction)> = referenced
            .iter()
            .filter(|(r, _, _)| *r == reference)
            .map(|(_, id, d)| (*id, *d))
            .collect();
        uses.extend(
            UNREFERENCED_DEFINITIONS
                .iter()
                .filter(|(n, _, _)| *n == name)
                .map(|(_, id, d)| (*id, *d)),
        );
        uses.dedup();
        if uses.is_empty() {
            // Left unmapped on purpose: the test fails and names it.
            uses.push(("", Direction::Request));
        }
        for (id, direction) in uses {
            out.push(Sample {
                source: format!(
                    "swagger-2017.json#/definitions/{}/x-ms-example{}",
                    pointer_escape(name),
                    if id.is_empty() {
                        String::new()
                    } else {
                        format!(" ({id})")
                    }
                ),
                operation: (!id.is_empty()).then_some(id),
                direction,
                text: json_text(example),
            });
        }
    }
    out
}

/// Every JSON code block of one reference page version, with the operation
/// and direction its headings give it. Blocks that do not start with `{` or
/// `[` are not JSON samples (HTTP dumps, URLs) and are not returned.
pub fn page_samples(file: &str, markdown: &str) -> Vec<Sample> {
    let event_page = Path::new(file)
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("EventSchema"))
        || file.contains("/EventSchema/");
    let mut out = Vec::new();
    let (mut operation, mut direction) = (None, None);
    let lines: Vec<&str> = markdown.lines().collect();
    let blocks = code_blocks(markdown);
    let mut block_index = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if !trimmed.starts_with('|') {
            let words: Vec<&str> = trimmed
                .trim_start_matches('#')
                .split_whitespace()
                .map(|w| w.trim_matches('`'))
                .collect();
            // A method line names the operation the following samples belong to; one
            // that names no operation of the spec (`## GET /subGroups` headings are
            // followed by the full line; a `GET /subscribers` the service never had)
            // leaves the samples without one.
            if let [method, path, ..] = words.as_slice()
                && ["GET", "POST", "PUT", "DELETE"].contains(method)
                && path.contains('/')
            {
                operation = operation_for(method, path);
                direction = None;
            }
        }
        if trimmed.starts_with('#') {
            let lower = trimmed.to_ascii_lowercase();
            if lower.contains("request") {
                direction = Some(Direction::Request);
            } else if lower.contains("response") {
                direction = Some(Direction::Response);
            }
        }
        let fence_len = trimmed.chars().take_while(|c| *c == '`').count();
        if fence_len >= 3 {
            let language = trimmed[fence_len..].trim();
            let fence = &trimmed[..fence_len];
            let start = i + 1;
            i += 1;
            while i < lines.len() && !lines[i].trim().starts_with(fence) {
                i += 1;
            }
            if language.is_empty() || language == "javascript" || language == "json" {
                let text = blocks.get(block_index).cloned().unwrap_or_default();
                block_index += 1;
                let first = text.trim_start().chars().next();
                if matches!(first, Some('{') | Some('[')) {
                    out.push(Sample {
                        source: format!("{file}:{}", start + 1),
                        operation: if event_page { None } else { operation },
                        direction: if event_page {
                            Direction::Event
                        } else {
                            direction.unwrap_or(Direction::Response)
                        },
                        text,
                    });
                }
            }
        }
        i += 1;
    }
    out
}

/// Every page version: the latest pages and `history/<page>/<version>.md`,
/// as (file relative to the docs folder, text), sorted.
pub fn page_files(docs: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut push = |relative: String| {
        if let Ok(text) = fs::read_to_string(docs.join(&relative)) {
            files.push((relative, text));
        }
    };
    if let Ok(entries) = fs::read_dir(docs) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".md") && name != "INDEX.md" {
                push(name);
            }
        }
    }
    if let Ok(pages) = fs::read_dir(docs.join("history")) {
        for page in pages.flatten() {
            let page_name = page.file_name().to_string_lossy().into_owned();
            if let Ok(versions) = fs::read_dir(page.path()) {
                for version in versions.flatten() {
                    let name = version.file_name().to_string_lossy().into_owned();
                    if name.ends_with(".md") {
                        push(format!("history/{page_name}/{name}"));
                    }
                }
            }
        }
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_operations() {
        assert_eq!(
            operation_for("post", "/groups/{test-group-id}/subgroups"),
            Some("createSubGroup")
        );
        assert_eq!(
            operation_for(
                "DELETE",
                "/groups/{test-group-id}/members/364388bc-5b7f-4857-a58c-31eba18e962e"
            ),
            Some("removeMember")
        );
        assert_eq!(
            operation_for(
                "GET",
                "//{api_root}/groups/{groupId}/reaction/summary?cursor=1"
            ),
            Some("getGroupReactionSummary")
        );
        assert_eq!(
            operation_for(
                "GET",
                "{endpoint-url}/v1/groups/{groupId}/actions/{actionId}/"
            ),
            Some("getAction")
        );
        assert_eq!(
            operation_for("POST", "https://ds.kaiza.la/api/oauth/token"),
            Some("exchangeOauthCode")
        );
        assert_eq!(operation_for("GET", "/nothing"), None);
    }

    #[test]
    fn control_characters_in_strings_are_escaped() {
        let value = parse_swagger("{\"a\": \"x\ty\nz\", \"b\": [1]}").expect("lenient");
        assert_eq!(value["a"], "x\ty\nz");
        assert!(parse_swagger("{\"a\": }").is_err());
    }
}
