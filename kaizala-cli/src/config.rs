//! Profiles: where credentials and tokens live, and how every setting is
//! resolved (flag, then environment, then the profile, then the default).
//!
//! A profile is a directory `<config dir>/kaizala/profiles/<name>/` (mode
//! 0700) holding `profile.json` (connector id and secret, auth root, the
//! number that logged in, when the refresh token expires; mode 0600) and
//! `refresh-token`, kaizala-ext's [`FileStore`] (written atomically, mode
//! 0600), so a refresh token rotated during any command is saved there.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use kaizala_ext::{Credentials, FileStore, SecretString};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use crate::fail::Fail;

/// The environment variables the CLI reads (the library's, plus its own).
pub mod env {
    /// The connector (application) id, as `Credentials::from_env` reads it.
    pub const APPLICATION_ID: &str = "KAIZALA_APPLICATION_ID";
    /// The connector secret, as `Credentials::from_env` reads it.
    pub const APPLICATION_SECRET: &str = "KAIZALA_APPLICATION_SECRET";
    /// A refresh token, as `Credentials::from_env` reads it (used when the
    /// profile's token store holds none).
    pub const REFRESH_TOKEN: &str = "KAIZALA_REFRESH_TOKEN";
    /// The auth root (e.g. the emulator's `http://127.0.0.1:8080/auth/v1`).
    pub const AUTH_ROOT: &str = "KAIZALA_AUTH_ROOT";
    /// The profile name.
    pub const PROFILE: &str = "KAIZALA_PROFILE";
    /// The directory holding the profiles (default: the user's config dir).
    pub const CONFIG_DIR: &str = "KAIZALA_CONFIG_DIR";
    /// The webhook's callback token, for `kaizala webhooks listen`.
    pub const CALLBACK_TOKEN: &str = "KAIZALA_CALLBACK_TOKEN";
}

/// What `kaizala login` keeps in `profile.json`.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// The connector (application) id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// The connector secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_secret: Option<String>,
    /// The auth root, when not the service's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_root: Option<String>,
    /// The number that logged in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_number: Option<String>,
    /// When the refresh token expires (epoch ms), as the service said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_expiry_ms: Option<i64>,
    /// When the login happened (epoch ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logged_in_at_ms: Option<i64>,
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Profile")
            .field("application_id", &self.application_id)
            .field(
                "application_secret",
                &self.application_secret.as_ref().map(|_| "[redacted]"),
            )
            .field("auth_root", &self.auth_root)
            .field("mobile_number", &self.mobile_number)
            .field("refresh_token_expiry_ms", &self.refresh_token_expiry_ms)
            .field("logged_in_at_ms", &self.logged_in_at_ms)
            .finish()
    }
}

/// Where a setting came from (for `auth status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A command-line flag.
    Flag,
    /// An environment variable.
    Env,
    /// The profile's `profile.json` or token store.
    Profile,
    /// The built-in default.
    Default,
    /// Not set anywhere.
    Unset,
}

/// The settings of one run.
pub struct Settings {
    /// The profile's name.
    pub profile: String,
    /// The profile's directory.
    pub dir: PathBuf,
    /// What `profile.json` holds (empty when there is none).
    pub saved: Profile,
    /// The auth root in force, and where it came from.
    pub auth_root: (String, Source),
    /// The connector id, and where it came from.
    pub application_id: (Option<String>, Source),
    /// The connector secret, and where it came from.
    pub application_secret: (Option<SecretString>, Source),
    /// `KAIZALA_REFRESH_TOKEN`, if set.
    pub env_refresh_token: Option<SecretString>,
    /// `--quiet`: no notes or progress on stderr.
    pub quiet: bool,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("profile", &self.profile)
            .field("dir", &self.dir)
            .field("auth_root", &self.auth_root)
            .field("application_id", &self.application_id)
            .field("quiet", &self.quiet)
            .finish_non_exhaustive()
    }
}

/// The flags that override the environment and the profile.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    /// `--profile`.
    pub profile: Option<String>,
    /// `--config-dir`.
    pub config_dir: Option<PathBuf>,
    /// `--auth-root`.
    pub auth_root: Option<String>,
    /// `--application-id`.
    pub application_id: Option<String>,
    /// `--quiet`.
    pub quiet: bool,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// A profile name is a plain file name.
fn check_profile_name(name: &str) -> Result<(), Fail> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with('.');
    if ok {
        Ok(())
    } else {
        Err(Fail::input(format!(
            "profile name {name:?} must be letters, digits, '-', '_' or '.' (at most 64)"
        )))
    }
}

impl Settings {
    /// Resolves every setting: flag, then environment, then profile, then default.
    pub fn resolve(flags: &Overrides) -> Result<Self, Fail> {
        let profile = flags
            .profile
            .clone()
            .or_else(|| var(env::PROFILE))
            .unwrap_or_else(|| "default".to_owned());
        check_profile_name(&profile)?;
        let root = match flags
            .config_dir
            .clone()
            .or_else(|| var(env::CONFIG_DIR).map(PathBuf::from))
        {
            Some(dir) => dir,
            None => dirs::config_dir()
                .ok_or_else(|| {
                    Fail::input(format!(
                        "no configuration directory is known for this user; set {}",
                        env::CONFIG_DIR
                    ))
                })?
                .join("kaizala"),
        };
        let dir = root.join("profiles").join(&profile);
        let saved = load_profile(&dir)?;
        let auth_root = if let Some(root) = &flags.auth_root {
            (root.clone(), Source::Flag)
        } else if let Some(root) = var(env::AUTH_ROOT) {
            (root, Source::Env)
        } else if let Some(root) = &saved.auth_root {
            (root.clone(), Source::Profile)
        } else {
            (kaizala_api::runtime::AUTH_ROOT.to_owned(), Source::Default)
        };
        let application_id = if let Some(id) = &flags.application_id {
            (Some(id.clone()), Source::Flag)
        } else if let Some(id) = var(env::APPLICATION_ID) {
            (Some(id), Source::Env)
        } else if let Some(id) = &saved.application_id {
            (Some(id.clone()), Source::Profile)
        } else {
            (None, Source::Unset)
        };
        let application_secret = if let Some(s) = var(env::APPLICATION_SECRET) {
            (Some(SecretString::from(s)), Source::Env)
        } else if let Some(s) = &saved.application_secret {
            (Some(SecretString::from(s.clone())), Source::Profile)
        } else {
            (None, Source::Unset)
        };
        Ok(Self {
            profile,
            dir,
            saved,
            auth_root,
            application_id,
            application_secret,
            env_refresh_token: var(env::REFRESH_TOKEN).map(SecretString::from),
            quiet: flags.quiet,
        })
    }

    /// The profile's refresh-token store.
    pub fn store_path(&self) -> PathBuf {
        self.dir.join("refresh-token")
    }

    /// The profile's token store (created with the profile directory).
    pub fn store(&self) -> Result<FileStore, Fail> {
        ensure_private_dir(&self.dir)?;
        Ok(FileStore::new(self.store_path()))
    }

    /// The credentials for a call that needs an access token.
    pub fn credentials(&self) -> Result<Credentials, Fail> {
        let id = self.application_id.0.clone().ok_or_else(|| {
            Fail::auth(format!(
                "no connector is configured for profile {:?}: run `kaizala login`, or set {} and {}",
                self.profile,
                env::APPLICATION_ID,
                env::APPLICATION_SECRET
            ))
        })?;
        let secret = self.application_secret.0.clone().ok_or_else(|| {
            Fail::auth(format!(
                "no connector secret is configured for profile {:?}: run `kaizala login`, or set {}",
                self.profile,
                env::APPLICATION_SECRET
            ))
        })?;
        Ok(Credentials::new(id, secret, self.env_refresh_token.clone()))
    }

    /// Saves `profile.json` (0600, in a 0700 directory).
    pub fn save_profile(&self, profile: &Profile) -> Result<(), Fail> {
        ensure_private_dir(&self.dir)?;
        let text = serde_json::to_string_pretty(profile)
            .map_err(|e| Fail::other(format!("cannot encode the profile: {e}")))?;
        write_private(&self.dir.join("profile.json"), text.as_bytes()).map_err(|e| {
            Fail::other(format!(
                "cannot save the profile in {}: {e}",
                self.dir.display()
            ))
        })
    }
}

fn load_profile(dir: &Path) -> Result<Profile, Fail> {
    let path = dir.join("profile.json");
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| {
            Fail::input(format!(
                "{} is not a profile ({e}); fix it or run `kaizala login` again",
                path.display()
            ))
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Profile::default()),
        Err(e) => Err(Fail::other(format!("cannot read {}: {e}", path.display()))),
    }
}

/// Creates `dir` (and its parents) and makes it owner-only (0700).
pub fn ensure_private_dir(dir: &Path) -> Result<(), Fail> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Fail::other(format!("cannot create {}: {e}", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| Fail::other(format!("cannot restrict {}: {e}", dir.display())))?;
    }
    Ok(())
}

/// Writes a file readable by its owner only (0600), atomically.
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)
}

/// The secret as text (for `profile.json`).
pub fn expose(secret: &SecretString) -> String {
    secret.expose_secret().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let profile = Profile {
            application_id: Some("app".into()),
            application_secret: Some("s3cret-value".into()),
            ..Profile::default()
        };
        let text = format!("{profile:?}");
        assert!(!text.contains("s3cret-value"), "{text}");
        assert!(text.contains("[redacted]"), "{text}");
    }

    #[test]
    fn profile_names_are_plain_file_names() {
        for bad in ["", "../etc", "a/b", ".hidden", &"x".repeat(65)] {
            assert!(check_profile_name(bad).is_err(), "{bad:?}");
        }
        for good in ["default", "work-2", "tenant_a.prod"] {
            assert!(check_profile_name(good).is_ok(), "{good:?}");
        }
    }
}
