//! Project tasks. `cargo xtask gen [--check] [--spec <path>] [--out <dir>]`
//! generates `kaizala-api/src/generated.rs` (the progenitor client) and
//! `kaizala-api/src/generated_operations.rs` (the operation table) and
//! `kaizala-api/src/generated_facts.rs` (limits, media types, event types and
//! operation constants) from `spec/kaizala.yaml`, and
//! `kaizala-cli/src/generated_cli.rs` (progenitor's `clap` command line of
//! every operation), and `kaizala-emulator/src/generated_routes.rs` (the
//! emulator's route of every operation to its handler); `--check` only
//! verifies the files on disk are current.
//! `cargo xtask evidence [--check] [--docs <dir>]` re-extracts the evidence
//! data (`tests/evidence/*.json`) from `../shared/kaizala-docs` (the
//! extraction lives in the `kaizala-tests` crate, which maps samples to the
//! spec's operations through `kaizala-api`).

mod codegen;
mod facts;
mod lint;
mod ops;
mod routes;
mod spec;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HEADER: &str = "// Generated from spec/kaizala.yaml by `cargo xtask gen`. Do not edit.";
const CLIENT_FILE: &str = "generated.rs";
const OPERATIONS_FILE: &str = "generated_operations.rs";
const FACTS_FILE: &str = "generated_facts.rs";
const CLI_FILE: &str = "generated_cli.rs";
const ROUTES_FILE: &str = "generated_routes.rs";
/// The crate of each generated file.
const API_CRATE: &str = "kaizala-api";
const CLI_CRATE: &str = "kaizala-cli";
const EMULATOR_CRATE: &str = "kaizala-emulator";

const USAGE: &str = "usage: cargo xtask gen [--check] [--spec <path>] [--out <dir>]

  gen            generate kaizala-api/src/generated.rs, generated_operations.rs
                 and generated_facts.rs, kaizala-cli/src/generated_cli.rs and
                 kaizala-emulator/src/generated_routes.rs from spec/kaizala.yaml
  --check        generate in memory and fail if the files on disk differ
  --spec <path>  read another spec (relative to the current directory)
  --out <dir>    write (or check) the files in another directory

  evidence       re-extract tests/evidence/*.json from ../shared/kaizala-docs
                 and list what changed (--check: fail if stale, write nothing;
                 --docs <dir>: another kaizala-docs folder)";

fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// The generated files.
#[derive(Debug)]
pub struct Generated {
    pub client: String,
    pub operations: String,
    pub facts: String,
    /// `kaizala-cli`'s generated command line.
    pub cli: String,
    /// `kaizala-emulator`'s route of every operation to its handler.
    pub routes: String,
}

impl Generated {
    /// Each file's crate and name, with its content.
    fn files(&self) -> [(&'static str, &'static str, &String); 5] {
        [
            (API_CRATE, CLIENT_FILE, &self.client),
            (API_CRATE, OPERATIONS_FILE, &self.operations),
            (API_CRATE, FACTS_FILE, &self.facts),
            (CLI_CRATE, CLI_FILE, &self.cli),
            (EMULATOR_CRATE, ROUTES_FILE, &self.routes),
        ]
    }
}

/// Where the generated files go.
#[derive(Debug, Clone)]
pub enum Out {
    /// Each into its crate's `src` under the workspace root.
    Workspace(PathBuf),
    /// All into one directory (`--out`), shown as the second path.
    Dir(PathBuf, PathBuf),
}

impl Out {
    /// The directory of a crate's generated files, and how it is shown.
    fn dir(&self, krate: &str) -> (PathBuf, PathBuf) {
        match self {
            Out::Workspace(root) => (root.join(krate).join("src"), Path::new(krate).join("src")),
            Out::Dir(dir, shown) => (dir.clone(), shown.clone()),
        }
    }
}

/// Generates every file from the text of a spec.
pub fn generate(text: &str, name: &str) -> Result<Generated, String> {
    let spec = spec::load(text, name)?;
    let operations = ops::operations(&spec);
    let facts = facts::facts(&spec.raw, &operations).map_err(|e| format!("{name}: {e}"))?;
    let generatable = spec::without_multipart(&spec.openapi);
    let client = codegen::client_tokens(&generatable)?;
    let client_text = client.to_string();
    // `webhook_events!` names each event's `data` type as the spec spells
    // it; progenitor may have renamed it (`URLEventData` → `UrlEventData`).
    let renamed: Vec<String> = facts
        .event_types
        .iter()
        .filter(|e| {
            !["struct", "enum", "type"]
                .iter()
                .any(|kind| client_text.contains(&format!("pub {kind} {} ", e.data)))
        })
        .map(|e| {
            format!(
                "{}: `{}` maps to `{}`, which the generated client does not define under                  that name (progenitor renames schemas to PascalCase words, e.g.                  `URLEventData` → `UrlEventData`); rename the schema",
                e.name, e.name, e.data
            )
        })
        .collect();
    if !renamed.is_empty() {
        return Err(format!(
            "{name}: components.schemas.{}.{}: {}",
            facts::EVENT_TYPE_SCHEMA,
            facts::EVENT_DATA_EXTENSION,
            renamed.join("; ")
        ));
    }
    let cli = codegen::cli_tokens(&generatable)?;
    // progenitor's client, rewritten in this order (each rewrite refuses a
    // shape it does not know): decodings through `redact`, the lean request
    // (constant Accept, moving decoder), URLs on the parsed base, no
    // api-version header, lean request chains, requests scoped to end
    // before the answer is decoded, then the one error type.
    let client = codegen::redact_payloads(&client)?;
    let client = codegen::lean_requests(&client)?;
    let client = codegen::parsed_base_urls(&client)?;
    let client = codegen::no_api_version_header(&client)?;
    let client = codegen::lean_request_chains(&client)?;
    let client = codegen::short_lived_requests(&client)?;
    let client = codegen::format(&codegen::one_error_type(&client)?, HEADER)?;
    let client = pattern_errors(&spec.raw, client).map_err(|e| format!("{name}: {e}"))?;
    Ok(Generated {
        routes: format!("{HEADER}\n{}", routes::text(&operations)),
        cli: codegen::format(&cli, HEADER)?,
        client,
        operations: codegen::format(&ops::tokens(&operations), HEADER)?,
        facts: codegen::format(&facts::tokens(&facts), HEADER)?
            + &facts::events_macro(&facts)
            + &spec_digest_item(text),
    })
}

/// The extension that replaces the generated "doesn't match pattern" error of a
/// component schema with a sentence that says what to change.
pub const PATTERN_ERROR_EXTENSION: &str = "x-kaizala-pattern-error";

/// Puts each `x-kaizala-pattern-error` in place of the message progenitor
/// generates for its schema's `pattern` (which quotes the regex, and tells a
/// user nothing).
fn pattern_errors(raw: &serde_json::Value, mut client: String) -> Result<String, String> {
    let schemas = raw
        .pointer("/components/schemas")
        .and_then(serde_json::Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        let Some(message) = schema.get(PATTERN_ERROR_EXTENSION) else {
            continue;
        };
        let place = format!("components.schemas.{name}.{PATTERN_ERROR_EXTENSION}");
        let message = message
            .as_str()
            .filter(|m| !m.trim().is_empty())
            .ok_or_else(|| format!("{place}: must be a non-empty string"))?;
        let pattern = schema
            .get("pattern")
            .and_then(serde_json::Value::as_str)
            .ok_or_else(|| format!("{place}: the schema has no `pattern` to explain"))?;
        let generated = format!("{:?}", format!("doesn't match pattern \"{pattern}\""));
        let count = client.matches(&generated).count();
        if count != 1 {
            return Err(format!(
                "{place}: expected the generated message {generated} once in the client, found it \
                 {count} times (another schema with the same pattern, or progenitor changed its text)"
            ));
        }
        client = client.replace(&generated, &format!("{message:?}"));
    }
    Ok(client)
}

/// FNV-1a (64-bit) of the spec text with `\r\n` read as `\n` (a Windows checkout
/// hashes the same). `tests/tests/kaizala/coverage.rs` computes it the same way.
pub fn spec_digest(text: &str) -> u64 {
    text.replace("\r\n", "\n")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The `SPEC_DIGEST` constant at the end of the facts file.
fn spec_digest_item(text: &str) -> String {
    format!(
        "\n/// FNV-1a (64-bit) digest of the spec text these files were generated from\n\
         /// (`\\r\\n` read as `\\n`): `tests/tests/kaizala/coverage.rs` compares it with\n\
         /// `spec/kaizala.yaml`, so a spec edit without `cargo xtask gen` fails a test.\n\
         pub const SPEC_DIGEST: u64 = {:#018x};\n",
        spec_digest(text)
    )
}

/// Lines of a stale file's diff that `--check` prints at most.
const DIFF_LINES: usize = 40;

/// How long the diff of a stale file may take before a coarser one is shown.
const DIFF_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The first `max_lines` lines of a unified diff from the file on disk to
/// the generated one, with a line saying how many more there are.
fn stale_diff(on_disk: &str, generated: &str, shown: &Path, max_lines: usize) -> String {
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .timeout(DIFF_TIMEOUT)
        .diff_lines(on_disk, generated);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{} (on disk)", shown.display()),
            &format!("{} (generated)", shown.display()),
        )
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = lines
        .iter()
        .take(max_lines)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    if lines.len() > max_lines {
        out.push_str(&format!(
            "\n... {} more lines of diff",
            lines.len() - max_lines
        ));
    }
    out
}

/// Compares the generated files with those in `out`; returns the problems,
/// with the start of a unified diff for each stale file.
pub fn check(generated: &Generated, out: &Out) -> Vec<String> {
    let mut problems = Vec::new();
    for (krate, file, content) in generated.files() {
        let (out, shown) = out.dir(krate);
        let shown = shown.join(file);
        match std::fs::read_to_string(out.join(file)) {
            Ok(on_disk) if on_disk == *content => {}
            Ok(on_disk) => problems.push(format!(
                "{} is stale: run `cargo xtask gen` and commit the result\n{}",
                shown.display(),
                stale_diff(&on_disk, content, &shown, DIFF_LINES)
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => problems.push(format!(
                "{} is missing: run `cargo xtask gen` and commit the result",
                shown.display()
            )),
            Err(e) => problems.push(format!("cannot read {}: {e}", shown.display())),
        }
    }
    problems
}

fn write(generated: &Generated, out: &Out) -> Result<(), String> {
    for (krate, file, content) in generated.files() {
        let (out, shown) = out.dir(krate);
        std::fs::create_dir_all(&out)
            .map_err(|e| format!("cannot create {}: {e}", shown.display()))?;
        let path = out.join(file);
        let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == *content);
        if !unchanged {
            std::fs::write(&path, content)
                .map_err(|e| format!("cannot write {}: {e}", shown.join(file).display()))?;
        }
        println!(
            "{} {}",
            if unchanged { "unchanged" } else { "wrote" },
            shown.join(file).display()
        );
    }
    Ok(())
}

struct Args {
    check: bool,
    spec: Option<PathBuf>,
    out: Option<PathBuf>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("gen") => {}
        Some("-h" | "--help" | "help") | None => return Err(USAGE.to_owned()),
        Some(other) => return Err(format!("unknown task `{other}`\n\n{USAGE}")),
    }
    let mut parsed = Args {
        check: false,
        spec: None,
        out: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => parsed.check = true,
            "--spec" => parsed.spec = Some(args.next().ok_or("--spec needs a path")?.into()),
            "--out" => parsed.out = Some(args.next().ok_or("--out needs a directory")?.into()),
            other => return Err(format!("unknown argument `{other}`\n\n{USAGE}")),
        }
    }
    Ok(parsed)
}

/// `cargo xtask evidence …`: runs the extractor of the `kaizala-tests` crate.
fn evidence(args: impl Iterator<Item = String>) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = std::process::Command::new(cargo)
        .current_dir(workspace_root())
        .args([
            "run",
            "-q",
            "-p",
            "kaizala-tests",
            "--bin",
            "kaizala-evidence",
            "--",
        ])
        .args(args)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("the evidence extraction failed (see above)".to_owned())
    }
}

/// The text of every `.rs` file under `dir` (the generated routes excepted).
fn rust_sources(dir: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            text.push_str(&rust_sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != ROUTES_FILE)
        {
            text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
    text
}

fn run() -> Result<(), String> {
    if std::env::args().nth(1).as_deref() == Some("evidence") {
        return evidence(std::env::args().skip(2));
    }
    let args = parse_args(std::env::args().skip(1))?;
    let root = workspace_root();
    let (spec_path, spec_shown) = match &args.spec {
        Some(p) => (p.clone(), p.clone()),
        None => (
            root.join("spec/kaizala.yaml"),
            PathBuf::from("spec/kaizala.yaml"),
        ),
    };
    let out = match &args.out {
        Some(p) => Out::Dir(p.clone(), p.clone()),
        None => Out::Workspace(root.clone()),
    };
    let text = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_shown.display()))?;
    let generated = generate(&text, &spec_shown.display().to_string())?;
    if args.spec.is_none() {
        let spec = spec::load(&text, "spec/kaizala.yaml")?;
        let sources = rust_sources(&root.join(EMULATOR_CRATE).join("src"));
        for note in routes::missing_handlers(&ops::operations(&spec), &sources) {
            eprintln!("note: {note}");
        }
    }
    if args.check {
        let problems = check(&generated, &out);
        if !problems.is_empty() {
            return Err(problems.join("\n"));
        }
        println!("up to date");
        Ok(())
    } else {
        write(&generated, &out)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    const OPS: &str = r##"
openapi: 3.0.3
info: {title: Test, version: "1"}
paths:
  /groups:
    get:
      operationId: listGroups
      summary: List groups
      tags: [Groups]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/GroupList"}
  /media:
    post:
      operationId: uploadMedia
      summary: Upload
      tags: [Media]
      x-kaizala-multipart: true
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                file: {type: string, format: binary, maxLength: 5}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/MediaResource"}
components:
  schemas:
    GroupList:
      type: object
      properties:
        groups: {type: array, items: {type: string}}
    MediaResource:
      type: object
      properties:
        mediaResource: {type: string}
"##;

    fn generated(yaml: &str) -> Generated {
        match generate(yaml, "test.yaml") {
            Ok(g) => g,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn multipart_operation_is_dropped_but_listed_and_its_types_kept() {
        let g = generated(OPS);
        assert!(g.client.starts_with(HEADER));
        assert!(g.operations.starts_with(HEADER));
        assert!(
            g.client.contains("pub fn list_groups(&self)"),
            "listGroups missing"
        );
        assert!(
            !g.client.contains("upload_media"),
            "multipart operation was generated"
        );
        assert!(
            g.client.contains("pub struct MediaResource"),
            "MediaResource type dropped"
        );
        assert!(g.operations.contains("id: \"uploadMedia\""));
        assert!(g.operations.contains("path: \"file\""));
        assert!(g.facts.starts_with(HEADER));
        assert!(
            g.facts.contains(
                "pub const UPLOAD_MEDIA: &Operation = &crate::operations::OPERATIONS[1];"
            ),
            "{}",
            g.facts
        );
        let list = g.operations.find("listGroups").unwrap_or(usize::MAX);
        let upload = g.operations.find("uploadMedia").unwrap_or(0);
        assert!(list < upload, "operations are out of spec order");
    }

    #[test]
    fn progenitor_panics_become_readable_errors() {
        let yaml = r##"
openapi: 3.0.3
info: {title: Test, version: "1"}
paths:
  /groups:
    get:
      operationId: listGroups
      summary: List groups
      tags: [Groups]
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
  /groups/{groupId}:
    delete:
      operationId: deleteGroup
      summary: Delete a group
      tags: [Groups]
      parameters:
        - {name: groupId, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "400": {description: bad, content: {application/json: {schema: {$ref: "#/components/schemas/ErrorA"}}}}
        "500": {description: oops, content: {application/json: {schema: {$ref: "#/components/schemas/ErrorB"}}}}
components:
  schemas:
    ErrorA: {type: object, properties: {code: {type: string}}}
    ErrorB: {type: object, properties: {message: {type: integer}}}
"##;
        let err = generate(yaml, "test.yaml").err().unwrap_or_default();
        assert!(
            err.contains("paths./groups/{groupId}.delete (deleteGroup)"),
            "{err}"
        );
        assert!(
            err.contains("one for all error responses (4XX/5XX and `default`)"),
            "{err}"
        );
        assert!(!err.contains("listGroups"), "{err}");
        assert!(!err.contains("stack backtrace"), "{err}");
    }

    #[test]
    fn check_detects_stale_and_missing_files() {
        let g = generated(OPS);
        let dir = std::env::temp_dir().join(format!("xtask-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let out = Out::Dir(dir.clone(), PathBuf::from("kaizala-api/src"));
        assert_eq!(
            check(&g, &out),
            [
                "kaizala-api/src/generated.rs is missing: run `cargo xtask gen` and commit the result",
                "kaizala-api/src/generated_operations.rs is missing: run `cargo xtask gen` and commit the result",
                "kaizala-api/src/generated_facts.rs is missing: run `cargo xtask gen` and commit the result",
                "kaizala-api/src/generated_cli.rs is missing: run `cargo xtask gen` and commit the result",
                "kaizala-api/src/generated_routes.rs is missing: run `cargo xtask gen` and commit the result",
            ]
        );
        assert_eq!(write(&g, &out), Ok(()));
        assert!(check(&g, &out).is_empty());
        let stale = g.client.replace("list_groups", "old_name");
        assert_eq!(std::fs::write(dir.join(CLIENT_FILE), stale).ok(), Some(()));
        let problems = check(&g, &out);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let mut lines = problems[0].lines();
        assert_eq!(
            lines.next(),
            Some(
                "kaizala-api/src/generated.rs is stale: run `cargo xtask gen` and commit the result"
            )
        );
        assert_eq!(
            lines.next(),
            Some("--- kaizala-api/src/generated.rs (on disk)")
        );
        assert_eq!(
            lines.next(),
            Some("+++ kaizala-api/src/generated.rs (generated)")
        );
        assert!(lines.next().is_some_and(|l| l.starts_with("@@ -")));
        let rest: Vec<&str> = lines.collect();
        assert!(
            rest.iter()
                .any(|l| l.starts_with('-') && l.contains("old_name")),
            "{rest:?}"
        );
        assert!(
            rest.iter()
                .any(|l| l.starts_with('+') && l.contains("list_groups")),
            "{rest:?}"
        );
        assert!(problems[0].lines().count() <= DIFF_LINES + 2);
        // The generated CLI is checked too.
        assert_eq!(
            std::fs::write(dir.join(CLIENT_FILE), &g.client).ok(),
            Some(())
        );
        let stale_cli = g.cli.replacen("list_groups", "old_name", 1);
        assert_eq!(std::fs::write(dir.join(CLI_FILE), stale_cli).ok(), Some(()));
        let problems = check(&g, &out);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("kaizala-api/src/generated_cli.rs is stale"),
            "{problems:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_long_diff_is_cut_and_says_how_much_is_left() {
        let old: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let new: String = (0..100).map(|i| format!("line {}\n", i * 7)).collect();
        let shown = Path::new("x.rs");
        let full = stale_diff(&old, &new, shown, usize::MAX);
        let total = full.lines().count();
        assert!(total > 10, "{full}");
        let cut = stale_diff(&old, &new, shown, 10);
        let lines: Vec<&str> = cut.lines().collect();
        assert_eq!(lines.len(), 11);
        assert_eq!(lines[..10], full.lines().take(10).collect::<Vec<_>>()[..]);
        assert_eq!(lines[10], format!("... {} more lines of diff", total - 10));
        // Only what changed, with three lines of context.
        let one = old.replace("line 50\n", "line fifty\n");
        let small = stale_diff(&old, &one, shown, DIFF_LINES);
        assert_eq!(
            small.lines().collect::<Vec<_>>(),
            [
                "--- x.rs (on disk)",
                "+++ x.rs (generated)",
                "@@ -48,7 +48,7 @@",
                " line 47",
                " line 48",
                " line 49",
                "-line 50",
                "+line fifty",
                " line 51",
                " line 52",
                " line 53",
            ]
        );
    }

    #[test]
    fn a_pattern_error_extension_replaces_the_generated_message() {
        let raw: serde_json::Value = serde_json::json!({"components": {"schemas": {
            "Code": {"type": "string", "pattern": "^\\d+$", PATTERN_ERROR_EXTENSION: "digits only"}
        }}});
        let client = r#"return Err("doesn't match pattern \"^\\d+$\"".into());"#.to_owned();
        assert_eq!(
            pattern_errors(&raw, client.clone()).as_deref(),
            Ok(r#"return Err("digits only".into());"#)
        );
        // Nothing to replace (progenitor changed its text): an error, not a silent no-op.
        let err = pattern_errors(&raw, String::new())
            .err()
            .unwrap_or_default();
        assert!(
            err.starts_with("components.schemas.Code.x-kaizala-pattern-error: expected"),
            "{err}"
        );
        let raw = serde_json::json!({"components": {"schemas": {
            "Code": {"type": "string", PATTERN_ERROR_EXTENSION: "digits only"}
        }}});
        let err = pattern_errors(&raw, client).err().unwrap_or_default();
        assert!(err.contains("has no `pattern`"), "{err}");
    }

    #[test]
    fn args() {
        let parse = |a: &[&str]| parse_args(a.iter().map(|s| s.to_string()));
        let a = parse(&["gen", "--check", "--spec", "x.yaml", "--out", "o"])
            .ok()
            .unwrap_or(Args {
                check: false,
                spec: None,
                out: None,
            });
        assert!(a.check);
        assert_eq!(a.spec, Some(PathBuf::from("x.yaml")));
        assert_eq!(a.out, Some(PathBuf::from("o")));
        assert!(parse(&["gen", "--bogus"]).is_err());
        assert!(parse(&[]).is_err());
    }

    // The `webhook_events!` macro names each event's `data` type as the spec
    // spells the schema, and `KaizalaEvent` a variant as the event type: a
    // name progenitor renames (`URLEventData` becomes `UrlEventData`) or that
    // is a keyword (`Self`) must be refused by `gen` with a message naming
    // it, not emitted as a macro that breaks the build of kaizala-api/-ext.
    #[test]
    fn event_names_progenitor_would_rename_are_refused() {
        for (event, data) in [
            ("UrlPosted", "URLEventData"),
            ("UrlPosted", "Event2data"),
            ("Self", "MemberEventData"),
        ] {
            let yaml = format!(
                r##"
openapi: 3.0.3
info: {{title: Test, version: "1"}}
paths:
  /groups:
    get:
      operationId: listGroups
      summary: List groups
      tags: [Groups]
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{$ref: "#/components/schemas/{data}"}}}}}}}}
components:
  schemas:
    {data}:
      type: object
      properties:
        groupId: {{type: string}}
    WebhookEventType:
      type: string
      enum: [{event}]
      x-kaizala-event-data:
        {event}: {{ data: {data}, doc: "Something happened." }}
"##
            );
            match generate(&yaml, "test.yaml") {
                Err(e) => assert!(
                    e.contains(event) && (event == "Self" || e.contains(data)),
                    "({event}, {data}): {e}"
                ),
                Ok(g) => {
                    let defined = g.client.contains(&format!("pub struct {data} "))
                        || g.client.contains(&format!("pub enum {data} "));
                    if defined && event != "Self" {
                        continue;
                    }
                    panic!(
                        "({event}, {data}) accepted; progenitor defines `{data}`: {defined}; \
                         the macro names `$crate::types::{data}` and the variant `{event}`"
                    );
                }
            }
        }
    }
}
