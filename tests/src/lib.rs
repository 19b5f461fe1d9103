//! Shared helpers for the cross-crate tests: where the fixtures are, and how
//! to read the reference pages' JSON5-ish samples.

use std::path::{Path, PathBuf};

/// The directory of the vendored reference-page samples.
pub fn doc_samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/doc-samples")
}

/// Where Microsoft's reference pages live when the workspace sits beside
/// `shared/` (as in CI), if they are there.
pub fn kaizala_docs_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/kaizala-docs");
    dir.is_dir().then_some(dir)
}

/// The fenced code blocks of a reference page, in order, verbatim.
pub fn code_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        let fence_len = trimmed.chars().take_while(|c| *c == '`').count();
        if fence_len < 3 {
            continue;
        }
        let language = trimmed[fence_len..].trim();
        if !(language.is_empty() || language == "javascript" || language == "json") {
            continue;
        }
        let fence = &trimmed[..fence_len];
        let mut body = Vec::new();
        for inner in lines.by_ref() {
            if inner.trim().starts_with(fence) {
                break;
            }
            body.push(inner);
        }
        blocks.push(body.join("\n") + "\n");
    }
    blocks
}

/// Parses a JSON5-ish sample into JSON.
pub fn parse_sample(text: &str) -> Result<serde_json::Value, String> {
    json5::from_str(text).map_err(|e| e.to_string())
}

/// The README's code blocks, compiled as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
