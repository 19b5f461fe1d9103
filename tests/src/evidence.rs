//! The evidence's facts, in the repository (issue 19, part 7): every JSON body
//! of `../shared/kaizala-docs` the evidence tests check, with its citation
//! (file, line or JSON pointer, page version), and the sources a citation may
//! name (each page file's line count, every JSON pointer of the Swagger file).
//! No prose of the pages is kept: only code samples and their places.
//!
//! The data lives in `tests/evidence/*.json`; `cargo xtask evidence`
//! re-extracts it from `../shared/kaizala-docs` (and `--check` says what
//! changed without writing). The tests read only the data, so a clone with no
//! `../shared` runs every evidence test; a missing data file fails them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::fake_sample_tokens;
use crate::recorded::{self, Direction, Sample};

/// The samples file, relative to the `tests` crate.
pub const SAMPLES_FILE: &str = "evidence/samples.json";
/// The sources file, relative to the `tests` crate.
pub const SOURCES_FILE: &str = "evidence/sources.json";

/// One JSON body of the evidence with its citation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredSample {
    /// The citation as EVIDENCE.md writes it: `swagger-2017.json#<pointer>`
    /// (with ` (<operationId>)` for a definition used by several operations)
    /// or `<file>:<line>`.
    pub source: String,
    /// The file in `kaizala-docs` it comes from.
    pub file: String,
    /// The first line of the code block (pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Which code block of the page it is, from 1 (pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<usize>,
    /// The JSON pointer into the Swagger file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// `latest` for the current pages, `<date>-<commit>` for `history/`,
    /// `2017` for the Swagger file (x-unitTests recorded 14-15 Sep 2017).
    pub version: String,
    /// The operationId the extraction maps it to (none for webhook events or
    /// when the source names no operation of the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// `request`, `response` or `event`.
    pub direction: String,
    /// The body as the source writes it (JSON5-ish), the pages' sample JWT
    /// replaced by [`crate::FAKE_SAMPLE_JWT`].
    pub text: String,
}

/// The samples file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Samples {
    /// What this file is.
    pub about: String,
    /// Every sample, in extraction order.
    pub samples: Vec<StoredSample>,
}

/// The sources file: what a citation may name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sources {
    /// What this file is.
    pub about: String,
    /// Every page file (`*.md`, `history/` included) with its line count.
    pub files: BTreeMap<String, usize>,
    /// Every JSON pointer of `swagger-2017.json` (its nodes, not its values).
    pub swagger_pointers: BTreeSet<String>,
}

/// The tests crate's directory.
pub fn crate_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = crate_dir().join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}); it is part of the repository (re-extract it with `cargo xtask evidence`)",
            path.display()
        )
    });
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid: {e}", path.display()))
}

/// The stored samples (panics when the file is missing: a failure, never a skip).
pub fn samples() -> Samples {
    read(SAMPLES_FILE)
}

/// The stored sources (panics when the file is missing).
pub fn sources() -> Sources {
    read(SOURCES_FILE)
}

/// The stored samples as the recorded-forms extraction returns them. An
/// operation the spec no longer has is a panic: the data is stale.
pub fn recorded_samples() -> Vec<Sample> {
    samples()
        .samples
        .into_iter()
        .map(|s| Sample {
            operation: s.operation.as_deref().map(|id| {
                kaizala_api::operations::find(id)
                    .unwrap_or_else(|| {
                        panic!(
                            "{}: operation {id} is not in the spec; re-extract with `cargo xtask evidence`",
                            s.source
                        )
                    })
                    .id
            }),
            direction: match s.direction.as_str() {
                "request" => Direction::Request,
                "response" => Direction::Response,
                "event" => Direction::Event,
                other => panic!("{}: unknown direction {other}", s.source),
            },
            source: s.source,
            text: s.text,
        })
        .collect()
}

impl Sources {
    /// Whether a cited source exists: a JSON pointer into the Swagger file
    /// (a trailing ` (<operationId>)` ignored), or a page file and a line within it.
    pub fn exists(&self, source: &str) -> bool {
        if let Some(pointer) = source.strip_prefix("swagger-2017.json#") {
            let pointer = pointer.split(" (").next().unwrap_or(pointer);
            return self.swagger_pointers.contains(pointer);
        }
        let (file, line) = match source.rsplit_once(':') {
            Some((f, l)) if l.chars().all(|c| c.is_ascii_digit()) => (f, l.parse::<usize>().ok()),
            _ => (source, None),
        };
        match self.files.get(file) {
            None => false,
            Some(lines) => line.is_none_or(|n| n >= 1 && n <= *lines),
        }
    }
}

fn version_of(file: &str) -> String {
    match file.strip_prefix("history/") {
        Some(rest) => rest
            .rsplit('/')
            .next()
            .unwrap_or(rest)
            .trim_end_matches(".md")
            .to_owned(),
        None => "latest".to_owned(),
    }
}

fn pointers(value: &Value, here: &str, out: &mut BTreeSet<String>) {
    out.insert(here.to_owned());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = k.replace('~', "~0").replace('/', "~1");
                pointers(v, &format!("{here}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, &format!("{here}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Extracts the data from a `kaizala-docs` folder.
pub fn extract(docs: &Path) -> Result<(Samples, Sources), String> {
    let swagger_text = fs::read_to_string(docs.join("swagger-2017.json")).map_err(|e| {
        format!(
            "cannot read {}: {e}",
            docs.join("swagger-2017.json").display()
        )
    })?;
    let swagger = recorded::parse_swagger(&swagger_text)?;
    let mut stored = Vec::new();
    for s in recorded::swagger_samples(&swagger) {
        let pointer = s
            .source
            .strip_prefix("swagger-2017.json#")
            .map(|p| p.split(" (").next().unwrap_or(p).to_owned());
        stored.push(StoredSample {
            file: "swagger-2017.json".to_owned(),
            line: None,
            block: None,
            pointer,
            version: "2017".to_owned(),
            operation: s.operation.map(str::to_owned),
            direction: s.direction.to_string(),
            text: fake_sample_tokens(&s.text),
            source: s.source,
        });
    }
    let mut files = BTreeMap::new();
    for (file, text) in recorded::page_files(docs) {
        files.insert(file.clone(), text.lines().count());
        let blocks = crate::code_blocks(&text);
        // Samples come in block order; identical blocks get their own numbers.
        let mut next_block = 0;
        for s in recorded::page_samples(&file, &text) {
            let line = s
                .source
                .rsplit_once(':')
                .and_then(|(_, l)| l.parse::<usize>().ok());
            let block = blocks
                .iter()
                .skip(next_block)
                .position(|b| *b == s.text)
                .map(|i| i + next_block + 1);
            next_block = block.unwrap_or(next_block);
            stored.push(StoredSample {
                file: file.clone(),
                line,
                block,
                pointer: None,
                version: version_of(&file),
                operation: s.operation.map(str::to_owned),
                direction: s.direction.to_string(),
                text: fake_sample_tokens(&s.text),
                source: s.source,
            });
        }
    }
    let mut swagger_pointers = BTreeSet::new();
    pointers(&swagger, "", &mut swagger_pointers);
    Ok((
        Samples {
            about: "Every JSON body of ../shared/kaizala-docs the evidence tests check, with its \
                    citation; extracted by `cargo xtask evidence` (do not edit by hand)."
                .to_owned(),
            samples: stored,
        },
        Sources {
            about: "What a citation in spec/EVIDENCE.md may name: each page file of \
                    ../shared/kaizala-docs with its line count, and every JSON pointer of \
                    swagger-2017.json; extracted by `cargo xtask evidence` (do not edit by hand)."
                .to_owned(),
            files,
            swagger_pointers,
        },
    ))
}

/// The data as written to disk (pretty JSON, one trailing newline).
pub fn render<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("the evidence data serialises") + "\n"
}

/// What changed between the stored data and a fresh extraction, one line each
/// (empty when nothing did).
pub fn changes(old: &(Samples, Sources), new: &(Samples, Sources)) -> Vec<String> {
    let mut out = Vec::new();
    let by_source = |s: &Samples| -> BTreeMap<String, StoredSample> {
        s.samples
            .iter()
            .map(|x| (format!("{} [{}]", x.source, x.direction), x.clone()))
            .collect()
    };
    let (before, after) = (by_source(&old.0), by_source(&new.0));
    for (key, sample) in &after {
        match before.get(key) {
            None => out.push(format!("sample added: {key}")),
            Some(was) if was != sample => {
                let mut what = Vec::new();
                if was.text != sample.text {
                    what.push("text");
                }
                if was.operation != sample.operation {
                    what.push("operation");
                }
                if was.line != sample.line || was.block != sample.block {
                    what.push("place");
                }
                if what.is_empty() {
                    what.push("citation");
                }
                out.push(format!("sample changed ({}): {key}", what.join(", ")));
            }
            Some(_) => {}
        }
    }
    for key in before.keys().filter(|k| !after.contains_key(*k)) {
        out.push(format!("sample removed: {key}"));
    }
    if old.0.samples.len() == new.0.samples.len()
        && out.is_empty()
        && old.0.samples != new.0.samples
    {
        out.push("samples reordered".to_owned());
    }
    for (file, lines) in &new.1.files {
        match old.1.files.get(file) {
            None => out.push(format!("file added: {file}")),
            Some(was) if was != lines => {
                out.push(format!("file changed: {file} ({was} → {lines} lines)"))
            }
            Some(_) => {}
        }
    }
    for file in old.1.files.keys().filter(|f| !new.1.files.contains_key(*f)) {
        out.push(format!("file removed: {file}"));
    }
    let added = new
        .1
        .swagger_pointers
        .difference(&old.1.swagger_pointers)
        .count();
    let removed = old
        .1
        .swagger_pointers
        .difference(&new.1.swagger_pointers)
        .count();
    if added + removed > 0 {
        out.push(format!(
            "swagger-2017.json: {added} JSON pointer(s) added, {removed} removed"
        ));
    }
    if old.0.about != new.0.about || old.1.about != new.1.about {
        out.push("about text".to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_check_pointers_files_and_lines() {
        let sources = Sources {
            about: String::new(),
            files: [("subGroups.md".to_owned(), 90)].into(),
            swagger_pointers: ["".to_owned(), "/paths".to_owned(), "/paths/~1a".to_owned()].into(),
        };
        assert!(sources.exists("subGroups.md"));
        assert!(sources.exists("subGroups.md:82"));
        assert!(!sources.exists("subGroups.md:91"));
        assert!(!sources.exists("subGroups.md:0"));
        assert!(!sources.exists("noSuchPage.md"));
        assert!(sources.exists("swagger-2017.json#/paths/~1a (createGroup)"));
        assert!(!sources.exists("swagger-2017.json#/paths/~1b"));
    }

    #[test]
    fn versions_come_from_the_file_name() {
        assert_eq!(version_of("groups.md"), "latest");
        assert_eq!(
            version_of("history/subGroups/2017-08-27-7559d11.md"),
            "2017-08-27-7559d11"
        );
    }
}
