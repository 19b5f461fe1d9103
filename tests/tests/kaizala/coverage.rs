//! What a new operation needs is derived from the spec, and each check that
//! fails says which file to change and how: the generated code must be current
//! (`cargo xtask gen`), and every operation has at least one request-shape
//! snapshot.

use std::collections::BTreeSet;
use std::path::Path;

const SPEC: &str = include_str!("../../../spec/kaizala.yaml");

/// `xtask`'s digest of the spec text (FNV-1a 64, `\r\n` read as `\n`).
fn spec_digest(text: &str) -> u64 {
    text.replace("\r\n", "\n")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The operationIds of `spec/kaizala.yaml`, read from the spec itself.
fn spec_operation_ids() -> BTreeSet<String> {
    let spec: serde_json::Value = serde_norway::from_str(SPEC).expect("the spec is YAML");
    spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| {
            [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ]
            .iter()
            .filter_map(|m| item.get(*m)?.get("operationId")?.as_str())
            .map(str::to_owned)
            .collect::<Vec<_>>()
        })
        .collect()
}

// Fails before `cargo xtask gen` after any spec edit (a new operation, a new
// response field, a changed description), however the tests that read the
// spec see it.
#[test]
fn the_generated_code_is_from_the_current_spec() {
    assert_eq!(
        format!("{:#018x}", kaizala_api::facts::SPEC_DIGEST),
        format!("{:#018x}", spec_digest(SPEC)),
        "spec/kaizala.yaml changed since kaizala-api/src/generated*.rs were generated: \
         run `cargo xtask gen` and commit the result"
    );
    let generated: BTreeSet<String> = kaizala_api::operations::all()
        .iter()
        .map(|op| op.id.to_owned())
        .collect();
    let spec = spec_operation_ids();
    assert_eq!(
        spec,
        generated,
        "spec/kaizala.yaml has {} operations, kaizala-api's generated table {}: run `cargo xtask gen`",
        spec.len(),
        generated.len()
    );
}

#[test]
fn the_digest_is_the_one_xtask_computes() {
    // The same text gives the same digest whatever the line endings.
    assert_eq!(spec_digest("a\r\nb\n"), spec_digest("a\nb\n"));
    assert_ne!(spec_digest("a: 1\n"), spec_digest("a: 2\n"));
    assert_eq!(spec_digest(""), 0xcbf2_9ce4_8422_2325);
}

#[test]
fn every_operation_has_a_request_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kaizala/snapshots");
    let snapshotted: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("tests/kaizala/snapshots exists")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".snap")?;
            // `kaizala__request_shapes__addMembers`: binary, module, name.
            let (_, snapshot) = stem.rsplit_once("__")?;
            // `sendAction-job` covers sendAction.
            Some(snapshot.split('-').next()?.to_owned())
        })
        .collect();
    let operations: BTreeSet<String> = kaizala_api::operations::all()
        .iter()
        .map(|op| op.id.to_owned())
        .collect();
    assert!(!operations.is_empty());
    let missing: Vec<_> = operations.difference(&snapshotted).collect();
    assert!(
        missing.is_empty(),
        "operations without a request snapshot: {missing:?}. Add a test to \
         tests/tests/kaizala/request_shapes.rs that calls the operation through `capture` and \
         ends with `insta::assert_json_snapshot!(\"<operationId>\", requests)`, then accept \
         the new snapshot with `INSTA_UPDATE=always cargo test -p kaizala-tests --test kaizala \
         request_shapes`, read it, and commit \
         tests/tests/kaizala/snapshots/kaizala__request_shapes__<operationId>.snap"
    );
    let unknown: Vec<_> = snapshotted.difference(&operations).collect();
    assert!(
        unknown.is_empty(),
        "snapshots in tests/tests/kaizala/snapshots named after no operation: {unknown:?} \
         (renamed or removed operation? delete or rename the .snap files)"
    );
}
