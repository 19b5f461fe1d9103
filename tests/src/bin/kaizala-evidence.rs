//! Re-extracts the evidence data (`tests/evidence/*.json`) from
//! `../shared/kaizala-docs` and shows what changed. Run through
//! `cargo xtask evidence [--check] [--docs <dir>]`.

use std::path::PathBuf;
use std::process::ExitCode;

use kaizala_tests::evidence::{self, SAMPLES_FILE, SOURCES_FILE};

const USAGE: &str = "usage: cargo xtask evidence [--check] [--docs <dir>]

  evidence       re-extract tests/evidence/*.json from ../shared/kaizala-docs
                 and list what changed
  --check        extract in memory and fail if the files on disk differ
  --docs <dir>   read another kaizala-docs folder";

fn run() -> Result<(), String> {
    let mut check = false;
    let mut docs: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--docs" => docs = Some(args.next().ok_or("--docs needs a directory")?.into()),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument `{other}`\n\n{USAGE}")),
        }
    }
    let docs = match docs {
        Some(d) => d,
        None => kaizala_tests::kaizala_docs_dir().ok_or(
            "../shared/kaizala-docs is not beside the workspace; give the folder with --docs",
        )?,
    };
    if !docs.join("swagger-2017.json").is_file() {
        return Err(format!(
            "{} is not a kaizala-docs folder (no swagger-2017.json)",
            docs.display()
        ));
    }
    let fresh = evidence::extract(&docs)?;
    let dir = evidence::crate_dir();
    let stored = (
        std::fs::read_to_string(dir.join(SAMPLES_FILE)).ok(),
        std::fs::read_to_string(dir.join(SOURCES_FILE)).ok(),
    );
    let parsed = match &stored {
        (Some(a), Some(b)) => serde_json::from_str(a)
            .ok()
            .zip(serde_json::from_str(b).ok()),
        _ => None,
    };
    let mut changes = match &parsed {
        Some(old) => evidence::changes(old, &fresh),
        None => vec!["the data files are missing or unreadable".to_owned()],
    };
    let (samples_text, sources_text) = (evidence::render(&fresh.0), evidence::render(&fresh.1));
    let same_bytes = stored.0.as_deref() == Some(samples_text.as_str())
        && stored.1.as_deref() == Some(sources_text.as_str());
    if changes.is_empty() && !same_bytes {
        changes.push("formatting only".to_owned());
    }
    for change in &changes {
        println!("{change}");
    }
    let summary = format!(
        "{} samples, {} page files, {} Swagger pointers from {}",
        fresh.0.samples.len(),
        fresh.1.files.len(),
        fresh.1.swagger_pointers.len(),
        docs.display()
    );
    if check {
        if changes.is_empty() {
            println!("up to date: {summary}");
            return Ok(());
        }
        return Err(format!(
            "tests/evidence is stale ({} change(s) above); run `cargo xtask evidence`",
            changes.len()
        ));
    }
    std::fs::create_dir_all(dir.join("evidence")).map_err(|e| e.to_string())?;
    for (file, text) in [(SAMPLES_FILE, samples_text), (SOURCES_FILE, sources_text)] {
        std::fs::write(dir.join(file), text).map_err(|e| format!("cannot write {file}: {e}"))?;
    }
    println!("wrote tests/{SAMPLES_FILE} and tests/{SOURCES_FILE}: {summary}");
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
