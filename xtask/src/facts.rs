//! The facts file (`kaizala-api/src/generated_facts.rs`): the service's
//! limits, media types, webhook event types and a named constant per
//! operation, so that every crate reads them from `spec/kaizala.yaml` and
//! none writes them by hand.
//!
//! - Limits are the `maxItems`/`minItems`/`maxLength`/`minLength`/`minimum`/
//!   `maximum` constraints of the operation table ([`crate::ops`]), one
//!   constant per operation, place and keyword: `addMembers`' body `members`
//!   `maxItems` is `ADD_MEMBERS_MEMBERS_MAX_ITEMS`. A place that has
//!   different values in different `oneOf` branches gets no constant (it
//!   would not be one fact).
//!   A `default` (or `x-kaizala-default`) of the same places is named the
//!   same way with `_DEFAULT` (`LIST_ACTIONS_COUNT_DEFAULT`); it is not a
//!   limit, so `limits::ALL` leaves it out.
//! - Media types come from the `x-kaizala-media` table of a multipart
//!   `encoding` (the upload's `files` part), checked against that encoding's
//!   `contentType` list.
//! - Event types are the `enum` of `components.schemas.WebhookEventType`;
//!   its `x-kaizala-event-data` table gives each its `data` schema and a
//!   one-line doc, emitted as the `webhook_events!` callback macro from which
//!   kaizala-ext defines `KaizalaEvent`. An event type without an entry, an
//!   entry for no event type, or a schema `components.schemas` does not have
//!   fails generation.
//! - Tenant domains come from the top-level `x-kaizala-tenant-domains` list:
//!   the domains under which the service places tenant endpoints, each with
//!   a one-line doc and the evidence (`<page>.md:<line>` or
//!   `swagger-2017.json#<JSON pointer>`) that shows an endpoint under it.
//!   The auth root (`servers[0]`) must be under one of them.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::ops::{OperationEntry, Rule};

/// The extension on a multipart `encoding` entry that lists, per content
/// type, its file extensions and the media Actions that send it.
pub const MEDIA_EXTENSION: &str = "x-kaizala-media";

/// The schema whose `enum` lists the webhook event types.
pub const EVENT_TYPE_SCHEMA: &str = "WebhookEventType";

/// The extension on [`EVENT_TYPE_SCHEMA`] that maps each event type to its
/// `data` schema and the doc of its `KaizalaEvent` variant.
pub const EVENT_DATA_EXTENSION: &str = "x-kaizala-event-data";

/// The top-level extension listing the domains of tenant endpoints.
pub const TENANT_DOMAINS_EXTENSION: &str = "x-kaizala-tenant-domains";

/// Names `KaizalaEvent` keeps for deliveries that are not one event type.
const RESERVED_EVENT_NAMES: &[&str] = &["Malformed", "Unknown"];

/// One webhook event type, with its `data` schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventType {
    /// The `eventType` value (and the `KaizalaEvent` variant's name).
    pub name: String,
    /// The `components.schemas` entry `data` decodes as.
    pub data: String,
    /// One line: what happened.
    pub doc: String,
}

/// One named limit (or default).
#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    pub name: String,
    pub doc: String,
    pub value: LimitValue,
    /// A `default`: named like a limit, but not one of `limits::ALL`.
    pub is_default: bool,
}

/// A limit's value, typed as a helper uses it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LimitValue {
    /// `maxItems`, `minItems`, `maxLength`, `minLength`.
    Count(u64),
    /// A whole `minimum`/`maximum`.
    Integer(i64),
    /// Any other `minimum`/`maximum`.
    Number(f64),
}

/// One content type of the media table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaType {
    pub content_type: String,
    pub extensions: Vec<String>,
    pub actions: Vec<String>,
}

/// One domain under which the service places tenant endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantDomain {
    /// Lower case, no leading or trailing dot (`kaiza.la`).
    pub domain: String,
    /// One line: why it is the service's.
    pub doc: String,
    /// Where the evidence shows an endpoint under it.
    pub sources: Vec<String>,
}

/// Everything the facts file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    pub limits: Vec<Limit>,
    pub media: Vec<MediaType>,
    pub event_types: Vec<EventType>,
    pub tenant_domains: Vec<TenantDomain>,
    /// (constant name, doc, index in the operation table).
    pub operations: Vec<(String, String, usize)>,
}

/// `createGroup` → `CREATE_GROUP`, `actionBody.place` → `ACTION_BODY_PLACE`.
fn screaming(name: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower {
            out.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_uppercase());
    }
    out.trim_end_matches('_').to_owned()
}

fn limits(ops: &[OperationEntry]) -> Vec<Limit> {
    // Name → every limit of that name; a name with two values is dropped.
    let mut named: BTreeMap<String, Vec<Limit>> = BTreeMap::new();
    let mut order = Vec::new();
    for op in ops {
        for c in &op.constraints {
            let (keyword, suffix, value) = match c.rule {
                Rule::MaxItems(n) => ("maxItems", "MAX_ITEMS", LimitValue::Count(n)),
                Rule::MinItems(n) => ("minItems", "MIN_ITEMS", LimitValue::Count(n)),
                Rule::MaxLength(n) => ("maxLength", "MAX_LENGTH", LimitValue::Count(n)),
                Rule::MinLength(n) => ("minLength", "MIN_LENGTH", LimitValue::Count(n)),
                Rule::Minimum(x) => ("minimum", "MINIMUM", bound(x)),
                Rule::Maximum(x) => ("maximum", "MAXIMUM", bound(x)),
                Rule::Default(x) => ("default", "DEFAULT", bound(x)),
                Rule::Pattern(_) => continue,
            };
            let place = match c.location {
                crate::ops::Location::Body => format!("body `{}`", c.path),
                crate::ops::Location::Query => format!("query parameter `{}`", c.path),
            };
            let name = format!("{}_{}_{}", screaming(&op.id), screaming(&c.path), suffix);
            let is_default = matches!(c.rule, Rule::Default(_));
            let doc = if is_default {
                format!(
                    " `{}`: {place}, `{keyword}` (what the service uses when it is absent).",
                    op.id
                )
            } else {
                format!(" `{}`: {place}, `{keyword}`.", op.id)
            };
            let limit = Limit {
                doc,
                name: name.clone(),
                value,
                is_default,
            };
            let entry = named.entry(name.clone()).or_default();
            if entry.is_empty() {
                order.push(name);
            }
            if !entry.contains(&limit) {
                entry.push(limit);
            }
        }
    }
    order
        .into_iter()
        .filter_map(|name| match named.remove(&name) {
            Some(mut found) if found.len() == 1 => found.pop(),
            _ => None,
        })
        .collect()
}

fn bound(x: f64) -> LimitValue {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        LimitValue::Integer(x as i64)
    } else {
        LimitValue::Number(x)
    }
}

fn strings(value: Option<&Value>, place: &str, problems: &mut Vec<String>) -> Vec<String> {
    match value.and_then(Value::as_array) {
        Some(list) if !list.is_empty() => list
            .iter()
            .filter_map(|v| match v.as_str() {
                Some(s) => Some(s.to_owned()),
                None => {
                    problems.push(format!("{place}: {v} is not a string"));
                    None
                }
            })
            .collect(),
        _ => {
            problems.push(format!("{place}: must be a non-empty list of strings"));
            Vec::new()
        }
    }
}

/// The media table of the spec, checked against its encoding's `contentType`.
fn media(raw: &Value) -> Result<Vec<MediaType>, String> {
    let mut tables = Vec::new();
    for (path, item) in raw
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in crate::lint::METHODS {
            let Some(content) = item
                .get(method)
                .and_then(|op| op.get("requestBody"))
                .and_then(|b| b.get("content"))
                .and_then(Value::as_object)
            else {
                continue;
            };
            for (media_type, media) in content {
                for (part, encoding) in media
                    .get("encoding")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    if let Some(table) = encoding.get(MEDIA_EXTENSION) {
                        let place = format!(
                            "paths.{path}.{method}.requestBody.content.{media_type}.encoding.{part}"
                        );
                        tables.push((place, table, encoding.get("contentType")));
                    }
                }
            }
        }
    }
    let (place, table, listed) = match tables.as_slice() {
        [] => return Ok(Vec::new()),
        [one] => one,
        many => {
            let places: Vec<&str> = many.iter().map(|(p, _, _)| p.as_str()).collect();
            return Err(format!(
                "{MEDIA_EXTENSION} appears more than once ({}); keep one media table",
                places.join(", ")
            ));
        }
    };
    let mut problems = Vec::new();
    let mut out: Vec<MediaType> = Vec::new();
    let entries = match table.as_array() {
        Some(entries) if !entries.is_empty() => entries.as_slice(),
        _ => {
            problems.push(format!(
                "{place}.{MEDIA_EXTENSION}: must be a non-empty list of \
                 {{contentType, extensions, actions}}"
            ));
            &[]
        }
    };
    for (i, entry) in entries.iter().enumerate() {
        let at = format!("{place}.{MEDIA_EXTENSION}.{i}");
        let Some(content_type) = entry.get("contentType").and_then(Value::as_str) else {
            problems.push(format!("{at}.contentType: must be a string"));
            continue;
        };
        let extensions = strings(
            entry.get("extensions"),
            &format!("{at}.extensions"),
            &mut problems,
        );
        let actions = strings(
            entry.get("actions"),
            &format!("{at}.actions"),
            &mut problems,
        );
        for ext in &extensions {
            if ext.starts_with('.') || *ext != ext.to_ascii_lowercase() {
                problems.push(format!(
                    "{at}.extensions: write `{ext}` in lower case without the dot"
                ));
            }
            if let Some(other) = out.iter().find(|m| m.extensions.contains(ext)) {
                problems.push(format!(
                    "{at}.extensions: `{ext}` is already an extension of {}",
                    other.content_type
                ));
            }
        }
        if out.iter().any(|m| m.content_type == content_type) {
            problems.push(format!("{at}.contentType: {content_type} is listed twice"));
        }
        out.push(MediaType {
            content_type: content_type.to_owned(),
            extensions,
            actions,
        });
    }
    if let Some(listed) = listed.and_then(Value::as_str) {
        let listed: Vec<&str> = listed
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let tabled: Vec<&str> = out.iter().map(|m| m.content_type.as_str()).collect();
        if listed != tabled {
            problems.push(format!(
                "{place}: contentType lists [{}] but {MEDIA_EXTENSION} has [{}]; \
                 list the same content types in the same order",
                listed.join(", "),
                tabled.join(", ")
            ));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "the media table has {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ))
    }
}

/// A name usable as a Rust type or variant as it is: an ASCII letter in
/// upper case, then ASCII letters and digits.
fn is_pascal_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// The event types of `WebhookEventType`'s `enum`, each with its `data`
/// schema from the `x-kaizala-event-data` table (checked both ways).
fn event_types(raw: &Value) -> Result<Vec<EventType>, String> {
    let place = format!("components.schemas.{EVENT_TYPE_SCHEMA}");
    let Some(schema) = raw.pointer(&format!("/components/schemas/{EVENT_TYPE_SCHEMA}")) else {
        return Ok(Vec::new());
    };
    let schemas = raw
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    let mut problems = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for value in schema
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match value.as_str() {
            Some(name) if names.contains(&name) => {
                problems.push(format!("{place}.enum: `{name}` is listed twice"))
            }
            Some(name) => names.push(name),
            None => problems.push(format!("{place}.enum: {value} is not a string")),
        }
    }
    let table_place = format!("{place}.{EVENT_DATA_EXTENSION}");
    let table = match schema.get(EVENT_DATA_EXTENSION) {
        None if names.is_empty() => return Ok(Vec::new()),
        None => {
            return Err(format!(
                "{place} has no {EVENT_DATA_EXTENSION}: map each event type to its `data` \
                 schema, e.g. `{}: {{ data: <its *EventData schema>, doc: \"<one line>\" }}`",
                names[0]
            ));
        }
        Some(Value::Object(table)) => table,
        Some(_) => {
            return Err(format!(
                "{table_place}: must map each event type to {{ data, doc }}"
            ));
        }
    };
    let mut out = Vec::new();
    for name in &names {
        let at = format!("{table_place}.{name}");
        if !is_pascal_ident(name) || *name == "Self" {
            problems.push(format!(
                "{place}.enum: `{name}` cannot name a KaizalaEvent variant; \
                 event types must be ASCII letters and digits, starting upper case"
            ));
        }
        if RESERVED_EVENT_NAMES.contains(name) {
            problems.push(format!(
                "{place}.enum: `{name}` is a KaizalaEvent variant of its own \
                 (reserved: {})",
                RESERVED_EVENT_NAMES.join(", ")
            ));
        }
        let Some(entry) = table.get(*name) else {
            problems.push(format!(
                "{table_place}: no entry for the event type `{name}`; add \
                 `{name}: {{ data: <its *EventData schema>, doc: \"<one line>\" }}`"
            ));
            continue;
        };
        let Some(entry) = entry.as_object() else {
            problems.push(format!("{at}: must be {{ data, doc }}"));
            continue;
        };
        for key in entry.keys() {
            if key != "data" && key != "doc" {
                problems.push(format!("{at}: unknown key `{key}` (expected data, doc)"));
            }
        }
        let data = match entry.get("data").and_then(Value::as_str) {
            Some(data) if schemas.is_some_and(|s| s.contains_key(data)) => {
                if !is_pascal_ident(data) {
                    problems.push(format!(
                        "{at}.data: `{data}` is not a schema name the client keeps as it is \
                         (ASCII letters and digits, starting upper case)"
                    ));
                }
                data
            }
            Some(data) => {
                problems.push(format!(
                    "{at}.data: `{name}` maps to the schema `{data}`, which \
                     components.schemas does not have"
                ));
                continue;
            }
            None => {
                problems.push(format!(
                    "{at}.data: must name the components.schemas entry `data` decodes as"
                ));
                continue;
            }
        };
        let doc = match entry.get("doc").and_then(Value::as_str).map(str::trim) {
            Some(doc) if !doc.is_empty() && !doc.contains('\n') => doc,
            _ => {
                problems.push(format!(
                    "{at}.doc: must be one line saying what happened (the variant's doc)"
                ));
                continue;
            }
        };
        out.push(EventType {
            name: (*name).to_owned(),
            data: data.to_owned(),
            doc: doc.to_owned(),
        });
    }
    for key in table.keys() {
        if !names.contains(&key.as_str()) {
            problems.push(format!(
                "{table_place}: `{key}` is not in {place}.enum; add it there or remove its entry"
            ));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "the webhook event types have {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ))
    }
}

/// Whether `host` is `domain` or a host under it (both lower case).
fn is_under(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// A source of the evidence: `<file>.md:<line>` or `<file>.json#/<pointer>`.
fn is_source(source: &str) -> bool {
    if let Some((file, pointer)) = source.split_once('#') {
        return file.ends_with(".json") && !file.contains(' ') && pointer.starts_with('/');
    }
    match source.rsplit_once(':') {
        Some((file, line)) => {
            file.ends_with(".md")
                && !file.contains(' ')
                && !line.is_empty()
                && line.bytes().all(|b| b.is_ascii_digit())
                && !line.starts_with('0')
        }
        None => false,
    }
}

/// A DNS domain of at least two labels, lower case, letters, digits and `-`.
fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// The `x-kaizala-tenant-domains` list, checked; the auth root
/// (`servers[0].url`) must be under one of its domains.
fn tenant_domains(raw: &Value) -> Result<Vec<TenantDomain>, String> {
    let place = TENANT_DOMAINS_EXTENSION;
    let Some(list) = raw.get(TENANT_DOMAINS_EXTENSION) else {
        return Ok(Vec::new());
    };
    let mut problems = Vec::new();
    let entries = match list.as_array() {
        Some(entries) if !entries.is_empty() => entries.as_slice(),
        _ => {
            return Err(format!(
                "{place}: must be a non-empty list of {{domain, doc, sources}}"
            ));
        }
    };
    let mut out: Vec<TenantDomain> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let at = format!("{place}.{i}");
        let Some(entry) = entry.as_object() else {
            problems.push(format!("{at}: must be {{domain, doc, sources}}"));
            continue;
        };
        for key in entry.keys() {
            if !["domain", "doc", "sources"].contains(&key.as_str()) {
                problems.push(format!(
                    "{at}: unknown key `{key}` (expected domain, doc, sources)"
                ));
            }
        }
        let Some(domain) = entry.get("domain").and_then(Value::as_str) else {
            problems.push(format!("{at}.domain: must be a string"));
            continue;
        };
        if !is_domain(domain) {
            problems.push(format!(
                "{at}.domain: `{domain}` is not a domain of two or more labels in lower case \
                 (letters, digits and `-`, no leading or trailing dot)"
            ));
        }
        let doc = match entry.get("doc").and_then(Value::as_str).map(str::trim) {
            Some(doc) if !doc.is_empty() && !doc.contains('\n') => doc.to_owned(),
            _ => {
                problems.push(format!(
                    "{at}.doc: must be one line saying why the domain is the service's"
                ));
                String::new()
            }
        };
        let sources = strings(
            entry.get("sources"),
            &format!("{at}.sources"),
            &mut problems,
        );
        for source in &sources {
            if !is_source(source) {
                problems.push(format!(
                    "{at}.sources: `{source}` is not `<page>.md:<line>` or `<file>.json#/<pointer>`"
                ));
            }
        }
        for other in &out {
            let (a, b) = (
                domain.to_ascii_lowercase(),
                other.domain.to_ascii_lowercase(),
            );
            if is_under(&a, &b) || is_under(&b, &a) {
                problems.push(format!(
                    "{at}.domain: `{domain}` and `{}` overlap; list each domain once",
                    other.domain
                ));
            }
        }
        out.push(TenantDomain {
            domain: domain.to_owned(),
            doc,
            sources,
        });
    }
    let auth_root = raw
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let host = auth_root
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or_default()
        .split(['/', ':', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !out.iter().any(|d| is_under(&host, &d.domain)) {
        problems.push(format!(
            "{place}: the auth root `{auth_root}` (servers.0.url) is under none of the \
             domains; the client would not know it talks to the service"
        ));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "the tenant domains have {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ))
    }
}

/// Reads the facts of a spec whose operation table is `ops`.
pub fn facts(raw: &Value, ops: &[OperationEntry]) -> Result<Facts, String> {
    Ok(Facts {
        limits: limits(ops),
        media: media(raw)?,
        event_types: event_types(raw)?,
        tenant_domains: tenant_domains(raw)?,
        operations: ops
            .iter()
            .enumerate()
            .map(|(i, op)| {
                let doc = format!(" `{}`: `{} {}`.", op.id, op.method, op.path);
                (screaming(&op.id), doc, i)
            })
            .collect(),
    })
}

/// The facts file as Rust tokens (included by `kaizala-api/src/facts.rs`).
pub fn tokens(facts: &Facts) -> TokenStream {
    let limits = facts.limits.iter().map(|limit| {
        let name = format_ident!("{}", limit.name);
        let doc = &limit.doc;
        let (ty, value) = match limit.value {
            LimitValue::Count(n) => (quote!(usize), Literal::u64_unsuffixed(n)),
            LimitValue::Integer(n) => (quote!(i64), Literal::i64_unsuffixed(n)),
            LimitValue::Number(x) => (quote!(f64), Literal::f64_unsuffixed(x)),
        };
        quote! { #[doc = #doc] pub const #name: #ty = #value; }
    });
    let all = facts.limits.iter().filter(|l| !l.is_default).map(|limit| {
        let name = &limit.name;
        let value = match limit.value {
            LimitValue::Count(n) => Literal::f64_unsuffixed(n as f64),
            LimitValue::Integer(n) => Literal::f64_unsuffixed(n as f64),
            LimitValue::Number(x) => Literal::f64_unsuffixed(x),
        };
        quote! { (#name, #value) }
    });
    let media = facts.media.iter().map(|m| {
        let content_type = &m.content_type;
        let extensions = &m.extensions;
        let actions = &m.actions;
        quote! {
            MediaType {
                content_type: #content_type,
                extensions: &[#(#extensions),*],
                actions: &[#(#actions),*],
            }
        }
    });
    let mut action_names: Vec<&str> = Vec::new();
    for action in facts.media.iter().flat_map(|m| &m.actions) {
        if !action_names.contains(&action.as_str()) {
            action_names.push(action);
        }
    }
    let events = facts.event_types.iter().map(|e| &e.name);
    let tenant_domains = facts.tenant_domains.iter().map(|d| {
        let domain = &d.domain;
        let doc = &d.doc;
        let sources = &d.sources;
        quote! {
            TenantDomain {
                domain: #domain,
                doc: #doc,
                sources: &[#(#sources),*],
            }
        }
    });
    let operations = facts.operations.iter().map(|(name, doc, index)| {
        let name = format_ident!("{}", name);
        let index = Literal::usize_unsuffixed(*index);
        quote! {
            #[doc = #doc]
            pub const #name: &Operation = &crate::operations::OPERATIONS[#index];
        }
    });
    quote! {
        /// The request limits of the spec, one per operation, place and
        /// keyword, and the defaults the service uses for absent fields
        /// (`_DEFAULT`).
        pub mod limits {
            #(#limits)*

            /// Every limit above (not the `_DEFAULT`s), by name, as a number.
            pub const ALL: &[(&str, f64)] = &[#(#all),*];
        }

        /// The media table of the spec (`x-kaizala-media` on the upload's
        /// `files` part).
        pub mod media {
            use super::MediaType;

            /// The supported content types, in the spec's order, with their
            /// extensions and the media Actions that send them.
            pub const MEDIA_TYPES: &[MediaType] = &[#(#media),*];

            /// The media Actions, in the order the table first names them.
            pub const MEDIA_ACTIONS: &[&str] = &[#(#action_names),*];
        }

        /// The webhook event types of the spec (`WebhookEventType`).
        pub mod events {
            /// Every event type a webhook can subscribe to, in the spec's order.
            pub const WEBHOOK_EVENT_TYPES: &[&str] = &[#(#events),*];
        }

        /// Where the service places tenant endpoints (`x-kaizala-tenant-domains`).
        pub mod endpoints {
            use super::TenantDomain;

            /// The domains under which the service places tenant endpoints,
            /// each with its evidence, in the spec's order: the hosts an
            /// access token may go to when the auth root is under one of them.
            pub const TENANT_DOMAINS: &[TenantDomain] = &[#(#tenant_domains),*];
        }

        /// One constant per operation of the spec, into the operation table.
        pub mod ops {
            use crate::operations::Operation;

            #(#operations)*
        }
    }
}

/// The `webhook_events!` callback macro, as text to append to the
/// formatted facts file: prettyplease prints a macro body on as few lines as
/// it can, so adding an event type would reflow every line; here each event
/// type is one line. Names and schemas are checked identifiers
/// ([`event_types`]); docs are written as Rust string literals.
pub fn events_macro(facts: &Facts) -> String {
    let mut out = String::from(
        r#"
/// Calls the macro `$callback` with every webhook event type of the spec,
/// in the spec's order, as `(Name, DataType, " doc")`: the `eventType` (a
/// valid variant name), the generated type its `data` decodes as, and a
/// one-line doc (`x-kaizala-event-data` on `WebhookEventType`). kaizala-ext
/// defines `KaizalaEvent` from it, so an event type added to the spec needs
/// no other edit.
///
/// ```
/// macro_rules! names {
///     ($(($name:ident, $data:ty, $doc:literal)),* $(,)?) => {
///         [$(stringify!($name)),*]
///     };
/// }
/// assert_eq!(
///     kaizala_api::webhook_events!(names),
///     kaizala_api::facts::events::WEBHOOK_EVENT_TYPES,
/// );
/// ```
#[macro_export]
macro_rules! webhook_events {
    ($callback:ident) => {
        $callback! {
"#,
    );
    for event in &facts.event_types {
        out.push_str(&format!(
            "            ({}, $crate::types::{}, {:?}),\n",
            event.name,
            event.data,
            format!(" {}", event.doc)
        ));
    }
    out.push_str("        }\n    };\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::{Constraint, Location};
    use crate::spec;

    #[test]
    fn names() {
        assert_eq!(screaming("createGroup"), "CREATE_GROUP");
        assert_eq!(
            screaming("actionBody.place.latitude"),
            "ACTION_BODY_PLACE_LATITUDE"
        );
        assert_eq!(screaming("members[]"), "MEMBERS");
        assert_eq!(screaming("getAccessToken"), "GET_ACCESS_TOKEN");
        assert_eq!(screaming("v2Thing"), "V2_THING");
    }

    fn op(id: &str, constraints: Vec<Constraint>) -> OperationEntry {
        OperationEntry {
            id: id.into(),
            method: "POST".into(),
            path: "/x".into(),
            tag: "X".into(),
            requires_access_token: true,
            constraints,
            secrets: Vec::new(),
        }
    }

    fn body(path: &str, rule: Rule) -> Constraint {
        Constraint {
            location: Location::Body,
            path: path.into(),
            rule,
        }
    }

    #[test]
    fn limits_are_named_typed_and_ambiguous_ones_dropped() {
        let ops = [
            op(
                "addMembers",
                vec![
                    body("members", Rule::MaxItems(100)),
                    body("members[]", Rule::Pattern("^x$".into())),
                    body("place.latitude", Rule::Minimum(-90.0)),
                    body("score", Rule::Maximum(2.5)),
                    // Two oneOf branches that disagree: no constant.
                    body("title", Rule::MaxLength(10)),
                    body("title", Rule::MaxLength(20)),
                ],
            ),
            op(
                "listSubscribers",
                vec![
                    Constraint {
                        location: Location::Query,
                        path: "count".into(),
                        rule: Rule::Maximum(50.0),
                    },
                    Constraint {
                        location: Location::Query,
                        path: "count".into(),
                        rule: Rule::Default(30.0),
                    },
                ],
            ),
        ];
        let found: Vec<(String, LimitValue)> = limits(&ops)
            .into_iter()
            .map(|l| (l.name, l.value))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "ADD_MEMBERS_MEMBERS_MAX_ITEMS".to_owned(),
                    LimitValue::Count(100)
                ),
                (
                    "ADD_MEMBERS_PLACE_LATITUDE_MINIMUM".to_owned(),
                    LimitValue::Integer(-90)
                ),
                (
                    "ADD_MEMBERS_SCORE_MAXIMUM".to_owned(),
                    LimitValue::Number(2.5)
                ),
                (
                    "LIST_SUBSCRIBERS_COUNT_MAXIMUM".to_owned(),
                    LimitValue::Integer(50)
                ),
                (
                    "LIST_SUBSCRIBERS_COUNT_DEFAULT".to_owned(),
                    LimitValue::Integer(30)
                ),
            ]
        );
        let text = tokens(&Facts {
            limits: limits(&ops),
            media: Vec::new(),
            event_types: Vec::new(),
            tenant_domains: Vec::new(),
            operations: Vec::new(),
        })
        .to_string();
        assert!(
            text.contains("pub const ADD_MEMBERS_MEMBERS_MAX_ITEMS : usize = 100"),
            "{text}"
        );
        assert!(
            text.contains("pub const ADD_MEMBERS_PLACE_LATITUDE_MINIMUM : i64 = - 90"),
            "{text}"
        );
        assert!(
            text.contains("pub const ADD_MEMBERS_SCORE_MAXIMUM : f64 = 2.5"),
            "{text}"
        );
        assert!(
            text.contains("pub const LIST_SUBSCRIBERS_COUNT_DEFAULT : i64 = 30"),
            "{text}"
        );
        assert!(
            !text.contains(r#"("LIST_SUBSCRIBERS_COUNT_DEFAULT""#),
            "a default is not one of limits::ALL: {text}"
        );
    }

    /// The event types of the test specs: an `enum` and its table.
    const EVENTS: &str = r#"    WebhookEventType:
      type: string
      enum: [MemberAdded, GroupAdded]
      x-kaizala-event-data:
        GroupAdded: {data: GroupEventData, doc: "A sub-group was attached."}
        MemberAdded: {data: MemberEventData, doc: "A member joined."}"#;

    fn raw(encoding: &str) -> Value {
        raw_with(encoding, EVENTS)
    }

    fn raw_with(encoding: &str, events: &str) -> Value {
        let yaml = format!(
            r##"
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /media:
    post:
      operationId: uploadMedia
      summary: s
      tags: [Media]
      x-kaizala-multipart: true
      requestBody:
        content:
          multipart/form-data:
            schema: {{type: object}}
            encoding:
              files:
{encoding}
      responses: {{"200": {{description: ok}}}}
components:
  schemas:
    MemberEventData: {{type: object}}
    GroupEventData: {{type: object}}
{events}
"##
        );
        match spec::load(&yaml, "t.yaml") {
            Ok(s) => s.raw,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn reads_the_media_table_and_event_types() {
        let spec = raw(r#"                contentType: "image/jpeg, video/3gpp"
                x-kaizala-media:
                  - {contentType: image/jpeg, extensions: [jpg, jpeg], actions: [Image, Album]}
                  - {contentType: video/3gpp, extensions: [3gpp], actions: [Video]}"#);
        let facts = match facts(&spec, &[]) {
            Ok(f) => f,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            facts.event_types,
            [
                EventType {
                    name: "MemberAdded".into(),
                    data: "MemberEventData".into(),
                    doc: "A member joined.".into(),
                },
                EventType {
                    name: "GroupAdded".into(),
                    data: "GroupEventData".into(),
                    doc: "A sub-group was attached.".into(),
                },
            ]
        );
        assert_eq!(
            facts.media,
            [
                MediaType {
                    content_type: "image/jpeg".into(),
                    extensions: vec!["jpg".into(), "jpeg".into()],
                    actions: vec!["Image".into(), "Album".into()],
                },
                MediaType {
                    content_type: "video/3gpp".into(),
                    extensions: vec!["3gpp".into()],
                    actions: vec!["Video".into()],
                },
            ]
        );
        let text = tokens(&facts).to_string();
        assert!(
            text.contains(r#"MEDIA_ACTIONS : & [& str] = & ["Image" , "Album" , "Video"]"#),
            "{text}"
        );
        let text = events_macro(&facts);
        assert!(
            text.contains(
                "\n            (MemberAdded, $crate::types::MemberEventData, \" A member joined.\"),\n            (GroupAdded, "
            ),
            "{text}"
        );
        if let Err(e) = syn::parse_file(&text) {
            panic!("the macro is not Rust: {e}\n{text}");
        }
    }

    #[test]
    fn every_event_type_needs_an_existing_data_schema() {
        let media = r#"                contentType: "image/jpeg""#;
        let err = |events: &str| {
            facts(&raw_with(media, events), &[])
                .err()
                .unwrap_or_default()
        };

        let missing = err(r#"    WebhookEventType:
      type: string
      enum: [MemberAdded, GroupAdded, Unknown, not-a-name]
      x-kaizala-event-data:
        MemberAdded: {data: MemberEventData, doc: "A member joined.", schema: X}
        GroupAdded: {data: NoSuchEventData, doc: "A sub-group was attached."}
        Unknown: {data: GroupEventData, doc: "?"}
        not-a-name: {data: GroupEventData, doc: ""}
        GroupRemoved: {data: GroupEventData, doc: "A sub-group was detached."}"#);
        for expected in [
            "x-kaizala-event-data.MemberAdded: unknown key `schema`",
            "`GroupAdded` maps to the schema `NoSuchEventData`, which components.schemas does not have",
            "`Unknown` is a KaizalaEvent variant of its own",
            "`not-a-name` cannot name a KaizalaEvent variant",
            "x-kaizala-event-data.not-a-name.doc: must be one line",
            "`GroupRemoved` is not in components.schemas.WebhookEventType.enum",
        ] {
            assert!(missing.contains(expected), "{expected}\n{missing}");
        }

        let unmapped = err(r#"    WebhookEventType:
      type: string
      enum: [MemberAdded, GroupAdded]
      x-kaizala-event-data:
        MemberAdded: {data: MemberEventData, doc: "A member joined."}"#);
        assert!(
            unmapped.contains(
                "x-kaizala-event-data: no entry for the event type `GroupAdded`; add `GroupAdded: { data: "
            ),
            "{unmapped}"
        );

        let no_table = err(r#"    WebhookEventType: {type: string, enum: [MemberAdded]}"#);
        assert!(
            no_table.contains("components.schemas.WebhookEventType has no x-kaizala-event-data"),
            "{no_table}"
        );
    }

    #[test]
    fn a_media_table_that_disagrees_with_its_encoding_is_refused() {
        let spec = raw(r#"                contentType: "image/jpeg, image/png"
                x-kaizala-media:
                  - {contentType: image/jpeg, extensions: [jpg, .JPEG], actions: [Image]}
                  - {contentType: video/mp4, extensions: [jpg], actions: []}"#);
        let err = facts(&spec, &[]).err().unwrap_or_default();
        assert!(
            err.contains("write `.JPEG` in lower case without the dot"),
            "{err}"
        );
        assert!(
            err.contains("`jpg` is already an extension of image/jpeg"),
            "{err}"
        );
        assert!(
            err.contains("x-kaizala-media.1.actions: must be a non-empty list"),
            "{err}"
        );
        assert!(
            err.contains(
                "contentType lists [image/jpeg, image/png] but x-kaizala-media has [image/jpeg, video/mp4]"
            ),
            "{err}"
        );
    }

    #[test]
    fn no_media_table_means_an_empty_one() {
        let spec = raw(r#"                contentType: "image/jpeg""#);
        assert_eq!(facts(&spec, &[]).map(|f| f.media), Ok(Vec::new()));
    }

    fn with_domains(domains: &str, server: &str) -> Value {
        let yaml = format!(
            r#"
openapi: 3.0.3
info: {{title: t, version: "1"}}
servers: [{{url: "{server}"}}]
{domains}
paths: {{}}
"#
        );
        match spec::load(&yaml, "t.yaml") {
            Ok(s) => s.raw,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn reads_the_tenant_domains_with_their_sources() {
        let spec = with_domains(
            r#"x-kaizala-tenant-domains:
  - {domain: kaiza.la, doc: "The service's.", sources: ["Tokens.md:84"]}
  - domain: kaizalamessaging.osi.office.net
    doc: Recorded.
    sources: ["swagger-2017.json#/paths/~1accessToken/get/x-unitTests/0/expectedResponse/body"]"#,
            "https://api.kaiza.la/v1",
        );
        let found = tenant_domains(&spec).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            found.iter().map(|d| d.domain.as_str()).collect::<Vec<_>>(),
            ["kaiza.la", "kaizalamessaging.osi.office.net"]
        );
        assert_eq!(found[0].sources, ["Tokens.md:84"]);
        let text = tokens(&Facts {
            limits: Vec::new(),
            media: Vec::new(),
            event_types: Vec::new(),
            tenant_domains: found,
            operations: Vec::new(),
        })
        .to_string();
        assert!(
            text.contains(r#"TenantDomain { domain : "kaiza.la" , doc : "The service's." , sources : & ["Tokens.md:84"] , }"#),
            "{text}"
        );
    }

    #[test]
    fn bad_tenant_domains_are_refused() {
        let err = |domains: &str, server: &str| {
            tenant_domains(&with_domains(domains, server))
                .err()
                .unwrap_or_default()
        };
        let found = err(
            r#"x-kaizala-tenant-domains:
  - {domain: Kaiza.la, doc: "", sources: ["Tokens.md"], extra: 1}
  - {domain: la, doc: "d", sources: ["Tokens.md:0", "a b.md:1"]}
  - {domain: api.kaiza.la, doc: "d", sources: []}
  - {domain: evil.example, doc: "d", sources: ["x.json#no-slash"]}"#,
            "https://api.kaiza.la/v1",
        );
        for expected in [
            "x-kaizala-tenant-domains.0: unknown key `extra`",
            "x-kaizala-tenant-domains.0.domain: `Kaiza.la` is not a domain",
            "x-kaizala-tenant-domains.0.doc: must be one line",
            "`Tokens.md` is not `<page>.md:<line>`",
            "x-kaizala-tenant-domains.1.domain: `la` is not a domain",
            "`Tokens.md:0` is not",
            "`a b.md:1` is not",
            "x-kaizala-tenant-domains.2.sources: must be a non-empty list",
            "`api.kaiza.la` and `Kaiza.la` overlap",
            "`x.json#no-slash` is not",
        ] {
            assert!(found.contains(expected), "{expected}\n{found}");
        }
        // The auth root must be the service's.
        let found = err(
            r#"x-kaizala-tenant-domains:
  - {domain: kaiza.la, doc: "d", sources: ["Tokens.md:84"]}"#,
            "https://api.kaiza.la.evil.example/v1",
        );
        assert!(
            found.contains(
                "the auth root `https://api.kaiza.la.evil.example/v1` (servers.0.url) is under none"
            ),
            "{found}"
        );
        assert!(
            err("x-kaizala-tenant-domains: []", "https://api.kaiza.la/v1")
                .contains("must be a non-empty list")
        );
        assert!(is_under("kms.kaiza.la", "kaiza.la"));
        assert!(is_under("kaiza.la", "kaiza.la"));
        assert!(!is_under("evilkaiza.la", "kaiza.la"));
        assert!(!is_under("kaiza.la.evil.example", "kaiza.la"));
    }
}
