//! The evidence table (`spec/EVIDENCE.md`, issue 10 section 1) is complete
//! and true: every operation of the spec and every webhook event type has an
//! entry; each entry lists exactly the samples the recorded-forms extraction
//! maps to it (request, response, event); every source it cites exists (the
//! file, the line, the JSON pointer); and each says which choice the spec made.
//!
//! The samples and sources are the evidence data in the repository
//! (`tests/evidence/*.json`, re-extracted by `cargo xtask evidence`), so these
//! tests run on any clone; a missing data file fails them.
//!
//! `KAIZALA_BLESS_EVIDENCE=1 cargo test -p kaizala-tests --test kaizala evidence`
//! rewrites the sample lists from the evidence, keeping every `Choice:` text;
//! review the diff before committing it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use kaizala_tests::evidence::{self, Sources};
use kaizala_tests::recorded::{Direction, Sample};
use serde_json::Value;

fn evidence_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/EVIDENCE.md")
}

/// One entry of the table.
#[derive(Default, Debug, Clone, PartialEq)]
struct Entry {
    request: Vec<String>,
    response: Vec<String>,
    event: Vec<String>,
    choice: String,
}

const HEADER: &str = "# Evidence for every operation and webhook event\n\n\
Which public sources show each operation's request and response bodies and each \
webhook event's payload, and which choice `kaizala.yaml` made where they conflict. \
Sources are `swagger-2017.json#<JSON pointer>` (in `x-unitTests`: recorded from the \
live service on 14-15 Sep 2017) or `<page>.md:<line>` (the first line of the code \
block; `history/<page>/<version>.md` are the earlier versions), all in \
`../shared/kaizala-docs/`. Authority, highest first: live recordings, the latest \
page, earlier versions, examples.\n\n\
`tests/tests/kaizala/evidence.rs` checks that every operation and event has an entry, that \
the lists are exactly what the recorded-forms extraction finds, and that every cited \
source exists; `KAIZALA_BLESS_EVIDENCE=1` rewrites the lists (never the choices).\n";

/// Parses `## operation <id>` / `## event <type>` sections.
fn parse(text: &str) -> BTreeMap<String, Entry> {
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut list: Option<Direction> = None;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            current = Some(heading.trim().to_owned());
            entries.entry(heading.trim().to_owned()).or_default();
            list = None;
            continue;
        }
        let Some(key) = &current else { continue };
        let entry = entries.entry(key.clone()).or_default();
        if line.starts_with("Request:") {
            list = Some(Direction::Request);
        } else if line.starts_with("Response:") {
            list = Some(Direction::Response);
        } else if line.starts_with("Samples:") {
            list = Some(Direction::Event);
        } else if let Some(choice) = line.strip_prefix("Choice: ") {
            entry.choice = choice.trim().to_owned();
            list = None;
        } else if let (Some(d), Some(item)) = (list, line.strip_prefix("- `")) {
            let source = item.trim_end_matches('`').to_owned();
            match d {
                Direction::Request => entry.request.push(source),
                Direction::Response => entry.response.push(source),
                Direction::Event => entry.event.push(source),
            }
        } else if !line.trim().is_empty() && list.is_none() && !entry.choice.is_empty() {
            // A choice continued on the next line.
            entry.choice.push(' ');
            entry.choice.push_str(line.trim());
        }
    }
    entries
}

fn render(entries: &BTreeMap<String, Entry>) -> String {
    let mut out = String::from(HEADER);
    for (key, entry) in entries {
        out.push_str(&format!("\n## {key}\n\n"));
        let lists = [
            ("Request:", &entry.request),
            ("Response:", &entry.response),
            ("Samples:", &entry.event),
        ];
        for (label, items) in lists {
            let is_event = key.starts_with("event ");
            if is_event != (label == "Samples:") {
                continue;
            }
            if items.is_empty() {
                out.push_str(&format!("{label} none\n\n"));
            } else {
                out.push_str(&format!("{label}\n"));
                for item in items {
                    out.push_str(&format!("- `{item}`\n"));
                }
                out.push('\n');
            }
        }
        out.push_str(&format!("Choice: {}\n", entry.choice));
    }
    out
}

/// What the extraction finds: entry key → its samples.
fn expected() -> BTreeMap<String, Entry> {
    let samples: Vec<Sample> = evidence::recorded_samples();
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    for op in kaizala_api::operations::all() {
        entries.insert(format!("operation {}", op.id), Entry::default());
    }
    let spec: Value = serde_norway::from_str(
        &fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/kaizala.yaml"))
            .expect("spec"),
    )
    .expect("spec is YAML");
    let events = spec["components"]["schemas"]["WebhookEventType"]["enum"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!events.is_empty(), "the spec lists the webhook event types");
    for event in events {
        let name = event.as_str().expect("event names are strings");
        // Each one must also be a generated variant.
        assert!(name.parse::<kaizala_api::types::WebhookEventType>().is_ok());
        entries.insert(format!("event {name}"), Entry::default());
    }
    for sample in samples {
        let key = match (sample.direction, sample.operation) {
            (Direction::Event, _) => {
                let value = kaizala_tests::parse_sample(&sample.text).unwrap_or(Value::Null);
                let event_type = value["eventType"].as_str().unwrap_or("(no eventType)");
                format!("event {event_type}")
            }
            (_, Some(op)) => format!("operation {op}"),
            (_, None) => "operation (none)".to_owned(),
        };
        let entry = entries.entry(key).or_default();
        match sample.direction {
            Direction::Request => entry.request.push(sample.source),
            Direction::Response => entry.response.push(sample.source),
            Direction::Event => entry.event.push(sample.source),
        }
    }
    entries
}

/// An entry as it should read, indented for an error message, with a
/// placeholder where the choice is not written yet.
fn template(key: &str, want: &Entry) -> String {
    let mut entry = want.clone();
    if entry.choice.is_empty() {
        let none = entry.request.is_empty() && entry.response.is_empty() && entry.event.is_empty();
        entry.choice = if none {
            "No public sample shows it. <The schema(s) the spec uses, e.g. `ActionSummary`, \
             and why: the reference page or client it follows.>"
                .to_owned()
        } else {
            "<Which sample the spec follows where they differ, and why.>".to_owned()
        };
    }
    let one = BTreeMap::from([(key.to_owned(), entry)]);
    render(&one)
        .strip_prefix(HEADER)
        .unwrap_or_default()
        .trim()
        .lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("    {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sources cited in a choice's text: backticked `*.md[:line]` or Swagger pointers.
fn cited(choice: &str) -> Vec<String> {
    choice
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            s.starts_with("swagger-2017.json#")
                || s.ends_with(".md")
                || s.split_once(".md:")
                    .is_some_and(|(_, l)| l.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_operation_and_event_has_a_true_entry() {
    let table = fs::read_to_string(evidence_path()).expect("spec/EVIDENCE.md");
    let written = parse(&table);
    let mut wanted = expected();
    for (key, entry) in &mut wanted {
        entry.choice = written
            .get(key)
            .map(|e| e.choice.clone())
            .unwrap_or_default();
    }
    if std::env::var_os("KAIZALA_BLESS_EVIDENCE").is_some() {
        fs::write(evidence_path(), render(&wanted)).expect("write EVIDENCE.md");
        return;
    }
    let sources = evidence::sources();
    let mut problems = Vec::new();
    for (key, want) in &wanted {
        match written.get(key) {
            None => problems.push(format!(
                "no entry for {key}: add it (entries are in name order); with the samples the \
                 evidence has and your choice it reads:\n{}",
                template(key, want)
            )),
            Some(got) => {
                if got.request != want.request
                    || got.response != want.response
                    || got.event != want.event
                {
                    problems.push(format!(
                        "{key}: the sample lists differ from the evidence, which has \
                         (`KAIZALA_BLESS_EVIDENCE=1` writes them):\n{}",
                        template(key, want)
                    ));
                }
                if got.choice.is_empty() {
                    problems.push(format!("{key}: no Choice"));
                }
            }
        }
    }
    for (key, entry) in &written {
        if !wanted.contains_key(key) {
            problems.push(format!("{key}: no such operation or event"));
        }
        let citations = entry
            .request
            .iter()
            .chain(&entry.response)
            .chain(&entry.event)
            .cloned();
        for source in citations.chain(cited(&entry.choice)) {
            if !sources.exists(&source) {
                problems.push(format!("{key}: cites `{source}`, which does not exist"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "spec/EVIDENCE.md:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_checker_rejects_missing_entries_and_sources() {
    let sources: Sources = evidence::sources();
    assert!(sources.exists("subGroups.md:82"));
    assert!(!sources.exists("subGroups.md:99999"));
    assert!(!sources.exists("noSuchPage.md"));
    assert!(
        sources.exists("swagger-2017.json#/paths/~1generatePin/post/x-unitTests/0/request/body")
    );
    assert!(
        !sources.exists("swagger-2017.json#/paths/~1generatePin/post/x-unitTests/1/request/body")
    );
    let parsed = parse(
        "# t\n\n## operation x\n\nRequest:\n- `a.md:1`\n\nResponse: none\n\nChoice: keeps `b.md`.\n",
    );
    let entry = &parsed["operation x"];
    assert_eq!(entry.request, ["a.md:1"]);
    assert_eq!(cited(&entry.choice), ["b.md"]);
    assert_eq!(parse(&render(&parsed)), parsed);
}
