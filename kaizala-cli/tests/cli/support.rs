//! An emulator on its own runtime, a private config dir, and the binary.

use std::path::{Path, PathBuf};
use std::process::Output;

use kaizala_emulator::{ConnectorCredentials, Emulator};

/// The environment variables the CLI reads: cleared for every run, so the
/// developer's own settings never leak into a test.
const CLI_VARS: &[&str] = &[
    "KAIZALA_APPLICATION_ID",
    "KAIZALA_APPLICATION_SECRET",
    "KAIZALA_REFRESH_TOKEN",
    "KAIZALA_AUTH_ROOT",
    "KAIZALA_PROFILE",
    "KAIZALA_CONFIG_DIR",
    "KAIZALA_CALLBACK_TOKEN",
];

/// A running emulator (sample data) and a fresh config directory.
pub struct Env {
    pub emu: Emulator,
    pub dir: tempfile::TempDir,
    pub connector: ConnectorCredentials,
    // Last: the emulator's tasks run here while a test waits on the binary.
    pub _rt: tokio::runtime::Runtime,
}

impl Env {
    pub fn new() -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let emu = rt
            .block_on(Emulator::builder().sample_data(true).start())
            .expect("emulator");
        let connector = emu.connector();
        Self {
            emu,
            dir: tempfile::tempdir().expect("tempdir"),
            connector,
            _rt: rt,
        }
    }

    /// The config directory the runs use.
    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The default profile's directory.
    pub fn profile_dir(&self) -> PathBuf {
        self.config().join("profiles").join("default")
    }

    /// The binary with no settings but the config dir, run in the temp dir.
    pub fn bare(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::from_std(self.std_bare());
        cmd.timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// [`bare`](Self::bare) as a `std` command (for an interactive stdin).
    pub fn std_bare(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("kaizala"));
        for var in CLI_VARS {
            cmd.env_remove(var);
        }
        // Help is wrapped to the default width, whatever the caller's terminal.
        cmd.env_remove("COLUMNS");
        cmd.env("KAIZALA_CONFIG_DIR", self.config())
            .current_dir(self.dir.path());
        cmd
    }

    /// [`cmd`](Self::cmd) as a `std` command.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = self.std_bare();
        cmd.env("KAIZALA_AUTH_ROOT", self.emu.auth_url())
            .env("KAIZALA_APPLICATION_ID", &self.connector.application_id)
            .env(
                "KAIZALA_APPLICATION_SECRET",
                &self.connector.application_secret,
            );
        cmd
    }

    /// The binary pointed at the emulator with the connector's id and secret
    /// (the one environment variable the README shows, plus credentials).
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::from_std(self.std_cmd());
        cmd.timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// As [`cmd`](Self::cmd), with the emulator's refresh token in the environment.
    pub fn authed(&self) -> assert_cmd::Command {
        let mut cmd = self.cmd();
        cmd.env("KAIZALA_REFRESH_TOKEN", &self.connector.refresh_token);
        cmd
    }

    /// Writes a file in the temp dir and returns its name (relative).
    pub fn file(&self, name: &str, content: &[u8]) -> String {
        std::fs::write(self.dir.path().join(name), content).expect("write");
        name.to_owned()
    }

    /// The path of a file in the temp dir.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Calls that reached the emulator (auth and tenant).
    pub fn calls(&self) -> usize {
        self.emu.request_log().len()
    }
}

/// The JSON lines of stdout.
pub fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Mode bits of a path.
#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}
