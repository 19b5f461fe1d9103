//! Every operation in the spec has at least one request-shape snapshot, so a
//! new operation cannot land without one.

use std::collections::BTreeSet;
use std::path::Path;

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
    assert_eq!(
        operations.len(),
        38,
        "the spec has 37 connector operations (30 documented, 7 undocumented from THIRD-PARTY.md) and the OAuth code exchange"
    );
    let missing: Vec<_> = operations.difference(&snapshotted).collect();
    assert!(
        missing.is_empty(),
        "operations without a request snapshot: {missing:?}"
    );
    let unknown: Vec<_> = snapshotted.difference(&operations).collect();
    assert!(
        unknown.is_empty(),
        "snapshots named after no operation: {unknown:?}"
    );
}
