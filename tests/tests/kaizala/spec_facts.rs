//! One fact in one place (issue 11): the limits, the media table and the
//! webhook event types come from `spec/kaizala.yaml` (`kaizala_api::facts`,
//! generated), and
//!
//! - the emulator, which keeps its own copy on purpose (it is the oracle),
//!   agrees with them: its tables are compared, and its limits probed at the
//!   spec's bounds over HTTP;
//! - no library source writes the limits, the media list or the tenant
//!   domains by hand: the hand-written sources of `kaizala-api` and
//!   `kaizala-ext` are scanned;
//! - the tenant domains (`x-kaizala-tenant-domains`) and the endpoints the
//!   evidence shows (`spec/evidence/endpoint-urls.json`) agree.

use std::path::{Path, PathBuf};

use kaizala_api::facts::{self, endpoints, events, limits, media, ops};
use kaizala_api::operations::Operation;
use kaizala_emulator::{Emulator, SAMPLE_GROUP_ID, SAMPLE_PUBLIC_GROUP_ID, documented};
use serde_json::{Value, json};

// ------------------------------------------------------------ the emulator

#[test]
fn the_emulator_knows_the_spec_event_types() {
    assert_eq!(documented::EVENT_TYPES, events::WEBHOOK_EVENT_TYPES);
}

#[test]
fn the_emulator_media_table_is_the_spec_one() {
    let emulator: Vec<(&str, &[&str])> = documented::MEDIA_TYPES
        .iter()
        .map(|(content_type, _, extensions)| (*content_type, *extensions))
        .collect();
    let spec: Vec<(&str, &[&str])> = media::MEDIA_TYPES
        .iter()
        .map(|m| (m.content_type, m.extensions))
        .collect();
    assert_eq!(emulator, spec);
}

// ------------------------------------------------------ tenant domains

/// (endpointUrl, sources) of spec/evidence/endpoint-urls.json; a missing or
/// malformed file fails.
fn recorded_endpoint_urls() -> Vec<(String, Vec<String>)> {
    let path = root().join("spec/evidence/endpoint-urls.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()));
    let doc: Value = serde_json::from_str(&text).expect("endpoint-urls.json is JSON");
    doc["endpointUrls"]
        .as_array()
        .expect("an endpointUrls list")
        .iter()
        .map(|e| {
            let url = e["endpointUrl"].as_str().expect("an endpointUrl");
            let sources = e["sources"].as_array().expect("a sources list");
            (
                url.to_owned(),
                sources
                    .iter()
                    .map(|s| s.as_str().expect("a source").to_owned())
                    .collect(),
            )
        })
        .collect()
}

fn host_of(url: &str) -> String {
    url.split_once("://")
        .map_or("", |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

// Every endpoint the evidence shows is under a tenant domain of the spec;
// every tenant domain has an endpoint under it, and cites only sources that
// show one.
#[test]
fn the_tenant_domains_cover_the_recorded_endpoints_and_cite_them() {
    let recorded = recorded_endpoint_urls();
    assert!(recorded.len() >= 3, "{recorded:?}");
    for (url, sources) in &recorded {
        assert!(!sources.is_empty(), "{url} cites no source");
        assert!(
            facts::tenant_domain_of(&host_of(url)).is_some(),
            "{url} ({}) is under no domain of x-kaizala-tenant-domains",
            sources[0]
        );
    }
    for domain in endpoints::TENANT_DOMAINS {
        let under: Vec<&(String, Vec<String>)> = recorded
            .iter()
            .filter(|(url, _)| domain.contains(&host_of(url)))
            .collect();
        assert!(
            !under.is_empty(),
            "no recorded endpoint under {}",
            domain.domain
        );
        for source in domain.sources {
            assert!(
                under.iter().any(|(_, s)| s.iter().any(|s| s == source)),
                "{}: the source {source} shows no recorded endpoint under it \
                 (spec/evidence/endpoint-urls.json)",
                domain.domain
            );
        }
    }
    let auth_root = host_of(kaizala_api::runtime::AUTH_ROOT);
    assert!(facts::tenant_domain_of(&auth_root).is_some(), "{auth_root}");
}

// ------------------------------------------------------- webhook events

/// The smallest JSON a schema of the spec accepts: its required properties,
/// each the smallest value of its type (the first branch of a union).
fn minimal(spec: &Value, schema: &Value) -> Value {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = spec
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{reference} resolves"));
        return minimal(spec, target);
    }
    for union in ["allOf", "oneOf", "anyOf"] {
        if let Some(first) = schema.get(union).and_then(|b| b.get(0)) {
            return minimal(spec, first);
        }
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => match schema.get("enum").and_then(|e| e.get(0)) {
            Some(first) => first.clone(),
            None => json!("x"),
        },
        Some("integer" | "number") => json!(1),
        Some("boolean") => json!(true),
        Some("array") => json!([]),
        _ => {
            let mut object = serde_json::Map::new();
            for name in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                let property = &schema["properties"][name];
                object.insert(name.to_owned(), minimal(spec, property));
            }
            Value::Object(object)
        }
    }
}

/// Every event type of the spec is a variant of `KaizalaEvent` with no
/// other edit (issue 11 §1): a delivery of each, with the smallest `data`
/// its schema accepts, decodes to a known variant whose `eventType` and
/// `kind` round-trip, and a `data` of the wrong shape is `Malformed`, not
/// `Unknown`.
#[test]
fn every_spec_event_type_decodes_to_its_own_variant() {
    use kaizala_ext::webhook::KaizalaEvent;

    let text = std::fs::read_to_string(root().join("spec/kaizala.yaml")).expect("the spec");
    let spec: Value = serde_norway::from_str(&text).expect("spec is YAML");
    let table = &spec["components"]["schemas"]["WebhookEventType"]["x-kaizala-event-data"];
    assert!(!events::WEBHOOK_EVENT_TYPES.is_empty());
    let mut seen = Vec::new();
    for name in events::WEBHOOK_EVENT_TYPES {
        let schema_name = table[name]["data"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} has a data schema"));
        let data = minimal(&spec, &spec["components"]["schemas"][schema_name]);
        let delivery = json!({ "eventType": name, "eventId": format!("id-{name}"), "data": data });
        let event = KaizalaEvent::from_value(delivery.clone()).expect("an envelope");
        match &event {
            KaizalaEvent::Unknown { .. } => panic!("{name} decodes as Unknown"),
            KaizalaEvent::Malformed { error, .. } => {
                panic!("{name} with {data} ({schema_name}) is Malformed: {error}")
            }
            _ => {}
        }
        assert_eq!(event.event_type(), *name);
        assert_eq!(event.event_id(), format!("id-{name}"));
        assert_eq!(event.kind().map(|k| k.to_string()).as_deref(), Some(*name));
        assert!(event.typed_data_json().is_some(), "{name}");
        // One variant per event type: the Debug name is the event type's.
        let variant = format!("{event:?}");
        assert!(
            variant.starts_with(&format!("{name}(")),
            "{name}: {variant}"
        );
        seen.push(variant[..name.len()].to_owned());

        let mut wrong = delivery;
        wrong["data"] = json!("not an object");
        assert!(
            matches!(
                KaizalaEvent::from_value(wrong).expect("an envelope"),
                KaizalaEvent::Malformed { .. }
            ),
            "{name} with a string `data` is Malformed"
        );
    }
    seen.dedup();
    assert_eq!(seen, events::WEBHOOK_EVENT_TYPES);
}

const TOKEN: &str = "spec-facts-token";

struct Probe {
    emu: Emulator,
    http: reqwest::Client,
}

impl Probe {
    async fn start() -> Probe {
        let emu = Emulator::builder()
            .sample_data(true)
            .static_access_token(TOKEN)
            .start()
            .await
            .expect("emulator starts");
        Probe {
            emu,
            http: reqwest::Client::builder()
                .tls_backend_rustls()
                .build()
                .unwrap(),
        }
    }

    /// The status of a JSON call of `op` to the tenant endpoint, about `group`.
    async fn call(&self, op: &Operation, group: &str, body: Value) -> u16 {
        self.send(op, group, "", body).await.status().as_u16()
    }

    /// The JSON answer of a successful call, with `query` appended to the path.
    async fn answer(&self, op: &Operation, group: &str, query: &str, body: Value) -> Value {
        let response = self.send(op, group, query, body).await;
        assert!(
            response.status().is_success(),
            "{} answered {}",
            op.id,
            response.status()
        );
        response.json().await.expect("a JSON answer")
    }

    async fn send(
        &self,
        op: &Operation,
        group: &str,
        query: &str,
        body: Value,
    ) -> reqwest::Response {
        let path = op.path.replace("{groupId}", group);
        let url = format!("{}v1{path}{query}", self.emu.endpoint_url());
        let method = reqwest::Method::from_bytes(op.method.as_bytes()).expect("an HTTP method");
        self.http
            .request(method, url)
            .header("accessToken", TOKEN)
            .json(&body)
            .send()
            .await
            .expect("the emulator answers")
    }
}

fn numbers(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("+1555020{i:04}")).collect()
}

// A page asked for without `count` holds the spec's default number of items
// (listActions `default`, listSubscribers `x-kaizala-default`).
#[tokio::test]
async fn the_emulator_pages_by_the_spec_defaults() {
    let p = Probe::start().await;
    let subscribers = limits::LIST_SUBSCRIBERS_COUNT_DEFAULT as usize;
    let more = json!({ "subscribers": numbers(subscribers + 3) });
    assert_eq!(
        p.call(ops::ADD_SUBSCRIBERS, SAMPLE_PUBLIC_GROUP_ID, more)
            .await,
        200
    );
    let page = p
        .answer(ops::LIST_SUBSCRIBERS, SAMPLE_PUBLIC_GROUP_ID, "", json!({}))
        .await;
    let listed = page["subscribers"].as_array().map_or(0, Vec::len);
    assert_eq!(
        listed, subscribers,
        "subscribers in a listSubscribers page without count"
    );

    let actions = limits::LIST_ACTIONS_COUNT_DEFAULT as usize;
    for i in 0..actions + 3 {
        let job = json!({
            "actionType": "Job",
            "actionBody": { "title": format!("job {i}"), "assignedTo": ["+911111111111"] },
        });
        assert_eq!(p.call(ops::SEND_ACTION, SAMPLE_GROUP_ID, job).await, 200);
    }
    let page = p
        .answer(
            ops::LIST_ACTIONS,
            SAMPLE_GROUP_ID,
            "?actionType=Job",
            json!(null),
        )
        .await;
    let listed = page["actions"].as_array().map_or(0, Vec::len);
    assert_eq!(
        listed, actions,
        "Actions in a listActions page without count"
    );
    p.emu.shutdown().await;
}

#[tokio::test]
async fn the_emulator_enforces_the_spec_limits() {
    let p = Probe::start().await;
    let most = limits::ADD_MEMBERS_MEMBERS_MAX_ITEMS;
    let members = |n| json!({ "members": numbers(n) });
    assert_eq!(
        p.call(ops::ADD_MEMBERS, SAMPLE_GROUP_ID, members(most + 1))
            .await,
        400,
        "addMembers with {} members",
        most + 1
    );
    assert_eq!(
        p.call(ops::ADD_MEMBERS, SAMPLE_GROUP_ID, members(most))
            .await,
        200,
        "addMembers with {most} members"
    );

    let most = limits::CREATE_GROUP_MEMBERS_MAX_ITEMS;
    let group = |n| json!({ "name": "g", "welcomeMessage": "w", "members": numbers(n) });
    assert_eq!(p.call(ops::CREATE_GROUP, "", group(most + 1)).await, 400);
    assert_eq!(p.call(ops::CREATE_GROUP, "", group(most)).await, 200);

    let longest = limits::SEND_MESSAGE_MESSAGE_MAX_LENGTH;
    let message = |n| json!({ "message": "é".repeat(n) });
    let send = |n| p.call(ops::SEND_MESSAGE, SAMPLE_GROUP_ID, message(n));
    assert_eq!(
        send(longest + 1).await,
        400,
        "a message of {} characters",
        longest + 1
    );
    assert_eq!(
        send(longest).await,
        200,
        "a message of {longest} characters"
    );

    let (least, most) = (
        limits::LIST_SUBSCRIBERS_COUNT_MINIMUM,
        limits::LIST_SUBSCRIBERS_COUNT_MAXIMUM,
    );
    for (n, status) in [(least - 1, 400), (least, 200), (most, 200), (most + 1, 400)] {
        assert_eq!(
            p.call(
                ops::LIST_SUBSCRIBERS,
                SAMPLE_PUBLIC_GROUP_ID,
                json!({ "count": n })
            )
            .await,
            status,
            "listSubscribers with count {n} (spec: {least}..={most})"
        );
    }
    p.emu.shutdown().await;
}

#[tokio::test]
async fn the_emulator_takes_every_spec_media_type_and_refuses_others() {
    let p = Probe::start().await;
    let url = format!("{}v1/media", p.emu.endpoint_url());
    let upload = |content_type: &'static str, file_name: String| {
        let part = reqwest::multipart::Part::bytes(vec![1u8, 2, 3])
            .file_name(file_name)
            .mime_str(content_type)
            .expect("a MIME type");
        p.http
            .post(&url)
            .header("accessToken", TOKEN)
            .multipart(reqwest::multipart::Form::new().part("files", part))
            .send()
    };
    for m in media::MEDIA_TYPES {
        let status = upload(m.content_type, format!("f.{}", m.extensions[0]))
            .await
            .expect("the emulator answers")
            .status();
        assert_eq!(status, 200, "{}", m.content_type);
    }
    let status = upload("image/gif", "f.gif".into())
        .await
        .expect("the emulator answers")
        .status();
    assert_eq!(status, 415);
    p.emu.shutdown().await;
}

// ------------------------------------------------ nothing written by hand

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .to_path_buf()
}

/// Hand-written library sources: `kaizala-api` (but its generated files)
/// and `kaizala-ext`, with their examples, and the `kaizala` CLI. Not the emulator (the oracle
/// keeps its own copy on purpose), not the tests (test data).
fn sources() -> Vec<(String, String)> {
    let root = root();
    let mut files = Vec::new();
    let mut dirs: Vec<PathBuf> = [
        "kaizala-api/src",
        "kaizala-ext/src",
        "kaizala-ext/examples",
        "kaizala-api/examples",
        "kaizala-cli/src",
    ]
    .iter()
    .map(|d| root.join(d))
    .filter(|d| d.is_dir())
    .collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a readable directory") {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                dirs.push(path);
            } else if name.ends_with(".rs") && !name.starts_with("generated") {
                let text = std::fs::read_to_string(&path).expect("a readable source");
                let shown = path
                    .strip_prefix(&root)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                files.push((shown, library_part(&text).to_owned()));
            }
        }
    }
    files.sort();
    assert!(
        files.iter().any(|(f, _)| f.ends_with("media.rs")),
        "{files:?}"
    );
    files
}

/// A source without its unit tests (test data may name real values).
fn library_part(text: &str) -> &str {
    match text.find("\n#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    }
}

/// The words of a line: runs of ASCII letters and digits.
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Places of `text` that restate the media list: a content type of the
/// spec, or two or more of its extensions on one line.
fn media_copies(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for m in media::MEDIA_TYPES {
            if line.contains(m.content_type) {
                found.push(format!("line {}: {}", n + 1, m.content_type));
            }
        }
        let mut extensions: Vec<String> = words(line)
            .map(str::to_ascii_lowercase)
            .filter(|w| {
                media::MEDIA_TYPES
                    .iter()
                    .any(|m| m.extensions.contains(&w.as_str()))
            })
            .collect();
        extensions.sort_unstable();
        extensions.dedup();
        if extensions.len() >= 2 {
            found.push(format!("line {}: {}", n + 1, extensions.join(", ")));
        }
    }
    found
}

/// Every limit of the spec, as a whole number, that a stray literal could
/// copy: counts and whole bounds of at least 10 (smaller numbers are
/// everywhere for other reasons).
fn limit_values() -> Vec<i64> {
    let mut values: Vec<i64> = limits::ALL
        .iter()
        .filter(|(_, v)| v.fract() == 0.0 && v.abs() >= 10.0)
        .map(|(_, v)| v.abs() as i64)
        .collect();
    values.sort_unstable();
    values.dedup();
    values
}

/// Number literals of a line's code (comments dropped), underscores removed.
fn literals(line: &str) -> Vec<i64> {
    let code = match line.find("//") {
        Some(at) => &line[..at],
        None => line,
    };
    let mut out = Vec::new();
    let mut previous = ' ';
    let mut chars = code.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_ascii_digit() && !(previous.is_ascii_alphanumeric() || previous == '_') {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if d.is_ascii_digit() || d == '_' {
                    end = i + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            if let Ok(n) = code[start..end].replace('_', "").parse() {
                out.push(n);
            }
            previous = '0';
        } else {
            previous = c;
        }
    }
    out
}

/// Places of `text` (outside comments) that write a tenant domain: the
/// domain in any case, not inside a longer name (`evilkaiza.la`).
fn domain_copies(text: &str) -> Vec<String> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let lower = line.to_ascii_lowercase();
        for d in endpoints::TENANT_DOMAINS {
            let mut from = 0;
            while let Some(at) = lower[from..].find(d.domain) {
                let start = from + at;
                let end = start + d.domain.len();
                let before = lower[..start].chars().next_back();
                let after = lower[end..].chars().next();
                if !before.is_some_and(is_name) && !after.is_some_and(is_name) {
                    found.push(format!("line {}: {}", n + 1, d.domain));
                    break;
                }
                from = end;
            }
        }
    }
    found
}

/// Lines that write a tenant domain, each with its reason.
const DOMAIN_EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "kaizala-api/src/runtime/mod.rs",
        r#"pub const AUTH_ROOT: &str = "https://api.kaiza.la/v1";"#,
        "the auth root (the spec's servers.0.url; xtask checks it is under a tenant domain)",
    ),
    (
        "kaizala-ext/src/oauth.rs",
        r#"pub const OAUTH_ROOT: &str = "https://ds.kaiza.la/api";"#,
        "the OAuth root (Tokens.md), a URL rather than the trust list",
    ),
];

#[test]
fn no_library_source_writes_a_tenant_domain_by_hand() {
    let mut copies = Vec::new();
    for (file, text) in sources() {
        let lines: Vec<&str> = text.lines().collect();
        for copy in domain_copies(&text) {
            let n: usize = copy["line ".len()..]
                .split(':')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            if !excepted(DOMAIN_EXCEPTIONS, &file, lines[n - 1]) {
                copies.push(format!("{file} {copy}"));
            }
        }
    }
    assert!(
        copies.is_empty(),
        "a tenant domain is written by hand; use kaizala_api::facts::endpoints instead:\n  {}",
        copies.join("\n  ")
    );
}

/// Literals that equal a limit but are another fact, each with its reason.
const OTHER_FACTS: &[(&str, &str, &str)] = &[
    (
        "kaizala-api/src/runtime/pace.rs",
        "calls: 100,",
        "the per-connector rate limit (API.md: 100 calls a minute), not a request limit",
    ),
    (
        "kaizala-ext/src/token/mod.rs",
        "const LEASE_POLL: Duration = Duration::from_millis(100);",
        "how often a replica waiting for another's refresh polls the shared store, in milliseconds",
    ),
];

/// Lines that restate the media list, each with its reason. Remove an entry
/// when its line goes.
const MEDIA_EXCEPTIONS: &[(&str, &str, &str)] = &[];

fn excepted(list: &[(&str, &str, &str)], file: &str, line: &str) -> bool {
    list.iter()
        .any(|(f, l, _)| *f == file && line.trim() == l.trim())
}

#[test]
fn no_library_source_writes_the_media_list_by_hand() {
    let mut copies = Vec::new();
    for (file, text) in sources() {
        let lines: Vec<&str> = text.lines().collect();
        for copy in media_copies(&text) {
            let n: usize = copy["line ".len()..]
                .split(':')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            if !excepted(MEDIA_EXCEPTIONS, &file, lines[n - 1]) {
                copies.push(format!("{file} {copy}"));
            }
        }
    }
    assert!(
        copies.is_empty(),
        "the media list is written by hand; use kaizala_api::facts::media instead:\n  {}",
        copies.join("\n  ")
    );
}

#[test]
fn no_library_source_writes_a_limit_by_hand() {
    let values = limit_values();
    assert!(
        values.contains(&100) && values.contains(&4000),
        "{values:?}"
    );
    let mut copies = Vec::new();
    for (file, text) in sources() {
        for (n, line) in text.lines().enumerate() {
            for literal in literals(line) {
                if values.contains(&literal) && !excepted(OTHER_FACTS, &file, line) {
                    copies.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "a limit of the spec is written by hand; use kaizala_api::facts::limits instead:\n  {}",
        copies.join("\n  ")
    );
}

#[test]
fn the_scans_find_what_they_look_for() {
    assert_eq!(literals("let x = 100; // 4000"), [100]);
    assert_eq!(literals("f(x100, 4_000, u64, 90.0)"), [4000, 90, 0]);
    assert_eq!(literals(r#""+14155550100""#), [14155550100]);
    assert!(media_copies("use a jpg file").is_empty());
    assert_eq!(media_copies("use .jpg or .PNG").len(), 1);
    assert_eq!(media_copies(r#"("pdf", "application/pdf")"#).len(), 1);
    assert_eq!(
        domain_copies(r#"let d = "kaiza.la"; // kaiza.la"#),
        ["line 1: kaiza.la"]
    );
    assert_eq!(
        domain_copies("h.ends_with(\".KaizalaMessaging.OSI.office.net\")").len(),
        1
    );
    assert!(domain_copies("/// under kaiza.la\nlet x = \"evilkaiza.la\";").is_empty());
    for (file, line, _) in OTHER_FACTS
        .iter()
        .chain(MEDIA_EXCEPTIONS)
        .chain(DOMAIN_EXCEPTIONS)
    {
        let text = std::fs::read_to_string(root().join(file)).expect("a readable source");
        assert!(
            text.lines().any(|l| l.trim() == line.trim()),
            "{file} no longer has `{line}`: remove its exception"
        );
    }
}

/// The runtime carries its own errors through progenitor on a synthetic
/// status-499 response (`kaizala_api::runtime`, `carry`), which the
/// generated code hands back untouched only while no operation documents
/// 499, a `4XX` range or a `default` answer: one that did would have the
/// generated code decode the carrier's empty body, and every runtime error
/// (untrusted endpoint, body too large, token timeout) of that operation
/// would arrive as a decode error. Add such a response only with another
/// carrier.
#[test]
fn no_operation_documents_the_carrier_status() {
    let text = std::fs::read_to_string(root().join("spec/kaizala.yaml")).expect("the spec");
    let spec: Value = serde_norway::from_str(&text).expect("spec is YAML");
    let mut checked = 0;
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("a path item") {
            let Some(responses) = operation["responses"].as_object() else {
                continue;
            };
            checked += 1;
            for status in responses.keys() {
                assert!(
                    !matches!(
                        status.to_ascii_uppercase().as_str(),
                        "499" | "4XX" | "DEFAULT"
                    ),
                    "{method} {path} documents {status}: the runtime's carrier status"
                );
            }
        }
    }
    assert_eq!(checked, kaizala_api::operations::all().len());
}
