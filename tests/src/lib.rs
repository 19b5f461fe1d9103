//! Shared helpers for the cross-crate tests: where the fixtures are, and how
//! to read the reference pages' JSON5-ish samples.

use std::path::{Path, PathBuf};

pub mod evidence;
pub mod recorded;

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

/// kaizala-emulator's README (its crate docs), compiled here: that crate
/// runs no doctests of its own (`doctest = false`), so that a workspace test
/// run starts rustdoc once less.
#[cfg(doctest)]
#[doc = include_str!("../../kaizala-emulator/README.md")]
pub struct EmulatorReadmeDoctests;

/// What a JWT in a reference-page sample is replaced with in the vendored
/// copies: the pages' sample token looks like a real credential, and test
/// data carries only obvious fakes.
pub const FAKE_SAMPLE_JWT: &str = "fake.sample.jwt";

/// Replaces every JWT-looking token (`eyJ` followed by base64url and dots)
/// with [`FAKE_SAMPLE_JWT`], as the vendored samples do.
pub fn fake_sample_tokens(text: &str) -> String {
    let is_token_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("eyJ") {
        out.push_str(&rest[..start]);
        let token = &rest[start..];
        let len = token
            .find(|c: char| !is_token_char(c))
            .unwrap_or(token.len());
        out.push_str(FAKE_SAMPLE_JWT);
        rest = &token[len..];
    }
    out.push_str(rest);
    out
}
