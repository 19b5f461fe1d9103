//! Where the refresh token lives between runs.
//!
//! The service rotates the refresh token once it is 90 % through its 365-day
//! life. The rotated token must be saved before it is relied on: a connector
//! that loses it stops working when the old one expires.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use futures::future::BoxFuture;
use secrecy::{ExposeSecret, SecretString};

/// Loads and saves the connector's refresh token.
///
/// `load` and `save` are all a store for one process needs ([`FileStore`],
/// [`InMemoryStore`]). A store shared by several replicas of a connector
/// (`kaizala_ext::redis::RedisTokenStore`, feature `redis`) also overrides
/// two methods, which have single-process defaults:
///
/// | method | default | shared store |
/// | --- | --- | --- |
/// | [`save_rotated`](TokenStore::save_rotated) | `save` | compare-and-swap: writes only over the token it was refreshed with |
/// | [`lease`](TokenStore::lease) | `None` | its [`TokenLease`]: one replica refreshes at a time (the lease expires by itself) and publishes the access token it fetched |
///
/// The client calls every method under a time bound (see
/// [`KaizalaClientBuilder::token_timeouts`](crate::KaizalaClientBuilder::token_timeouts)).
pub trait TokenStore: Send + Sync + fmt::Debug + 'static {
    /// The saved refresh token, or `None` when nothing was saved yet.
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>>;

    /// Saves `refresh_token`, replacing the previous one. When this returns
    /// `Ok`, the token must survive a crash.
    fn save<'a>(&'a self, refresh_token: &'a SecretString) -> BoxFuture<'a, io::Result<()>>;

    /// How errors name this store (e.g. `FileStore at /var/lib/x`). Never
    /// the token: the default is the type's name, not its `Debug`.
    fn describe(&self) -> String {
        std::any::type_name::<Self>().to_owned()
    }

    /// Saves `new`, the refresh token the service rotated to when it was
    /// sent `old`, only if the store still holds `old` (or nothing): a
    /// compare-and-swap. Returns [`RotationSaved::Superseded`] with what the
    /// store holds when another process saved a token first; the client then
    /// uses that one. When this returns `Ok(Saved)`, `new` must survive a
    /// crash. The default is [`save`](TokenStore::save), for stores used by
    /// one process.
    fn save_rotated<'a>(
        &'a self,
        old: &'a SecretString,
        new: &'a SecretString,
    ) -> BoxFuture<'a, io::Result<RotationSaved>> {
        let _ = old;
        Box::pin(async move {
            self.save(new).await?;
            Ok(RotationSaved::Saved)
        })
    }

    /// The refresh lease and shared access token of the replicas sharing
    /// this store, when it is shared ([`TokenLease`]): the client then takes
    /// the lease before a refresh, re-reads the refresh token under it, and
    /// looks for an access token another replica fetched. Default `None`: a
    /// store used by one process need know nothing of fleets.
    fn lease(&self) -> Option<&dyn TokenLease> {
        None
    }
}

/// What the replicas of one connector share beyond the refresh token: the
/// refresh lease that lets one replica refresh for all, and the access
/// token it fetched, for the others to use. Kept apart from [`TokenStore`]:
/// a store offers it through [`TokenStore::lease`] only when several
/// processes share it (`kaizala_ext::redis::RedisTokenStore`, feature
/// `redis`). The client calls every method under a time bound.
pub trait TokenLease: Send + Sync {
    /// Asks for the right to refresh, for `ttl`, on behalf of `owner` (a
    /// random id per client). `Ok(true)`: granted, until `ttl` has passed or
    /// [`release_lease`](TokenLease::release_lease). `Ok(false)`: another
    /// owner holds it. An `Err` means the store cannot coordinate now, and
    /// the client does not refresh (a rotated token could not be saved).
    fn try_lease<'a>(&'a self, owner: &'a str, ttl: Duration) -> BoxFuture<'a, io::Result<bool>>;

    /// Gives the lease back if `owner` still holds it.
    fn release_lease<'a>(&'a self, owner: &'a str) -> BoxFuture<'a, io::Result<()>>;

    /// The access token another process sharing the store fetched, if one
    /// is held and not expired.
    fn load_access_token(&self) -> BoxFuture<'_, io::Result<Option<SharedAccessToken>>>;

    /// Offers a freshly fetched access token to the other processes sharing
    /// the store (until it expires).
    fn save_access_token<'a>(
        &'a self,
        token: &'a SharedAccessToken,
    ) -> BoxFuture<'a, io::Result<()>>;
}

/// The outcome of [`TokenStore::save_rotated`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RotationSaved {
    /// The new refresh token replaced the one it was refreshed with.
    Saved,
    /// The store held another refresh token (another process rotated
    /// first); the new one was not written.
    Superseded {
        /// What the store holds.
        current: Option<SecretString>,
    },
}

/// An access token shared by the processes of one connector through a
/// shared [`TokenStore`]. Its `Debug` output hides the token.
#[derive(Clone)]
pub struct SharedAccessToken {
    /// The access token.
    pub access_token: SecretString,
    /// The tenant `endpointUrl` it came with (checked against the client's
    /// [`EndpointPolicy`](crate::EndpointPolicy) before use).
    pub endpoint_url: String,
    /// When it expires, in milliseconds since the Unix epoch.
    pub expiry_ms: i64,
}

impl fmt::Debug for SharedAccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedAccessToken")
            .field("access_token", &"[redacted]")
            .field("endpoint_url", &self.endpoint_url)
            .field("expiry_ms", &self.expiry_ms)
            .finish()
    }
}

/// Keeps the refresh token in memory only (tests, short-lived tools).
#[derive(Default)]
pub struct InMemoryStore {
    token: Mutex<Option<SecretString>>,
}

impl InMemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that already holds `refresh_token`.
    pub fn with_token(refresh_token: SecretString) -> Self {
        Self {
            token: Mutex::new(Some(refresh_token)),
        }
    }

    /// The token held now.
    pub fn get(&self) -> Option<SecretString> {
        self.token.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl fmt::Debug for InMemoryStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held = self.get().is_some();
        f.debug_struct("InMemoryStore")
            .field("token", &if held { "[redacted]" } else { "none" })
            .finish()
    }
}

impl TokenStore for InMemoryStore {
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let token = self.get();
        Box::pin(async move { Ok(token) })
    }

    fn save<'a>(&'a self, refresh_token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        *self.token.lock().unwrap_or_else(|e| e.into_inner()) = Some(refresh_token.clone());
        Box::pin(async { Ok(()) })
    }
}

/// Keeps the refresh token in a file, replaced atomically: the new content is
/// written to a temporary file in the same directory, flushed to disk,
/// renamed over the old file, and the directory is flushed. A crash at any
/// point leaves either the old or the new token, never neither and never a
/// torn file. On Unix the file is created with mode 0600.
#[derive(Clone)]
pub struct FileStore {
    path: PathBuf,
}

impl fmt::Debug for FileStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileStore")
            .field("path", &self.path)
            .finish()
    }
}

/// First line of the file; the token follows on the second.
const HEADER: &str = "kaizala-refresh-token v1";

/// The steps of a save, for fault injection in tests.
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Before the temporary file is created.
    Create,
    /// Halfway through writing the temporary file.
    WritePartial,
    /// After writing, before the fsync of the temporary file.
    BeforeFsync,
    /// After the fsync, before the rename.
    BeforeRename,
    /// After the rename, before the fsync of the directory.
    AfterRename,
}

impl FileStore {
    /// A store at `path` (created on the first save, with its directory).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// Where the token is kept.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn load_sync(path: &Path) -> io::Result<Option<SecretString>> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let mut lines = text.split('\n');
        let header = lines.next();
        let token = lines.next();
        let end = lines.next();
        match (header, token, end) {
            (Some(HEADER), Some(token), Some("")) if !token.is_empty() => {
                Ok(Some(SecretString::from(token.to_owned())))
            }
            _ => Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} is not a refresh token file written by kaizala-ext",
                    path.display()
                ),
            )),
        }
    }

    fn save_sync(path: &Path, token: &SecretString, fail_at: Option<Step>) -> io::Result<()> {
        let token = token.expose_secret();
        if token.is_empty() || token.contains(['\n', '\r']) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "a refresh token must be one non-empty line",
            ));
        }
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)?;
        let file_name = path
            .file_name()
            .ok_or_else(|| {
                io::Error::new(io::ErrorKind::InvalidInput, "the store path names no file")
            })?
            .to_string_lossy()
            .into_owned();
        let temp = dir.join(format!(
            ".{file_name}.{}.{:016x}.tmp",
            std::process::id(),
            fastrand::u64(..)
        ));
        let content = format!("{HEADER}\n{token}\n");
        let result = Self::write_steps(path, &dir, &temp, content.as_bytes(), fail_at);
        if result.is_err() && fail_at.is_none() {
            let _ = std::fs::remove_file(&temp);
        }
        result
    }

    fn write_steps(
        path: &Path,
        dir: &Path,
        temp: &Path,
        content: &[u8],
        fail_at: Option<Step>,
    ) -> io::Result<()> {
        let crash = |step: Step| -> io::Result<()> {
            if fail_at == Some(step) {
                Err(io::Error::other(format!("injected fault at {step:?}")))
            } else {
                Ok(())
            }
        };
        crash(Step::Create)?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(temp)?;
        let half = content.len() / 2;
        file.write_all(&content[..half])?;
        crash(Step::WritePartial)?;
        file.write_all(&content[half..])?;
        crash(Step::BeforeFsync)?;
        file.sync_all()?;
        drop(file);
        crash(Step::BeforeRename)?;
        std::fs::rename(temp, path)?;
        crash(Step::AfterRename)?;
        #[cfg(unix)]
        std::fs::File::open(dir)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = dir;
        Ok(())
    }
}

impl TokenStore for FileStore {
    fn describe(&self) -> String {
        format!("FileStore at {}", self.path.display())
    }

    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let path = self.path.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || Self::load_sync(&path))
                .await
                .map_err(io::Error::other)?
        })
    }

    fn save<'a>(&'a self, refresh_token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        let path = self.path.clone();
        let token = refresh_token.clone();
        Box::pin(async move {
            tokio::task::spawn_blocking(move || Self::save_sync(&path, &token, None))
                .await
                .map_err(io::Error::other)?
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn concurrent_writers_and_readers_never_see_a_torn_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shared-token");
        FileStore::save_sync(&path, &secret("writer-0-0"), None).unwrap();
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let path = path.clone();
                std::thread::spawn(move || {
                    for i in 0..50 {
                        FileStore::save_sync(&path, &secret(&format!("writer-{w}-{i}")), None)
                            .unwrap();
                    }
                })
            })
            .collect();
        let reader = {
            let path = path.clone();
            std::thread::spawn(move || {
                for _ in 0..500 {
                    let token = FileStore::load_sync(&path).unwrap().expect("a token");
                    assert!(token.expose_secret().starts_with("writer-"));
                }
            })
        };
        for w in writers {
            w.join().unwrap();
        }
        reader.join().unwrap();
        let last = FileStore::load_sync(&path).unwrap().unwrap();
        assert!(
            last.expose_secret().ends_with("-49"),
            "a complete last write"
        );
    }

    #[test]
    fn fault_at_every_step_leaves_old_or_new_never_neither_or_torn() {
        let steps = [
            (Step::Create, "old"),
            (Step::WritePartial, "old"),
            (Step::BeforeFsync, "old"),
            (Step::BeforeRename, "old"),
            (Step::AfterRename, "new"),
        ];
        for (step, expected) in steps {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("refresh-token");
            FileStore::save_sync(&path, &secret("old-token-0123456789"), None).unwrap();
            let err = FileStore::save_sync(&path, &secret("new-token-9876543210"), Some(step))
                .expect_err("the fault must interrupt the save");
            assert!(err.to_string().contains("injected"), "{err}");
            // A fresh process loads what is on disk.
            let loaded = FileStore::load_sync(&path)
                .unwrap_or_else(|e| panic!("{step:?}: torn or unreadable file: {e}"))
                .unwrap_or_else(|| panic!("{step:?}: token lost"));
            assert_eq!(
                loaded.expose_secret(),
                format!(
                    "{expected}-token-{}",
                    if expected == "old" {
                        "0123456789"
                    } else {
                        "9876543210"
                    }
                ),
                "{step:?}"
            );
            // The next save still succeeds despite leftovers.
            FileStore::save_sync(&path, &secret("later"), None).unwrap();
            assert_eq!(
                FileStore::load_sync(&path)
                    .unwrap()
                    .unwrap()
                    .expose_secret(),
                "later"
            );
        }
    }

    #[test]
    fn first_save_interrupted_leaves_nothing_not_garbage() {
        for step in [
            Step::Create,
            Step::WritePartial,
            Step::BeforeFsync,
            Step::BeforeRename,
        ] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("sub").join("refresh-token");
            let _ = FileStore::save_sync(&path, &secret("new"), Some(step));
            assert!(FileStore::load_sync(&path).unwrap().is_none(), "{step:?}");
        }
    }

    #[test]
    fn torn_file_is_reported_not_taken_for_a_token() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("refresh-token");
        std::fs::write(&path, format!("{HEADER}\nhalf")).unwrap();
        assert!(FileStore::load_sync(&path).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("refresh-token");
        FileStore::save_sync(&path, &secret("tok"), None).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[tokio::test]
    async fn stores_round_trip_and_hide_the_token() {
        let dir = tempfile::tempdir().unwrap();
        let file = FileStore::new(dir.path().join("t"));
        assert!(file.load().await.unwrap().is_none());
        file.save(&secret("s3cr3t-refresh")).await.unwrap();
        assert_eq!(
            file.load().await.unwrap().unwrap().expose_secret(),
            "s3cr3t-refresh"
        );
        assert!(file.save(&secret("two\nlines")).await.is_err());

        let mem = InMemoryStore::new();
        mem.save(&secret("s3cr3t-refresh")).await.unwrap();
        assert_eq!(
            mem.load().await.unwrap().unwrap().expose_secret(),
            "s3cr3t-refresh"
        );
        assert!(!format!("{mem:?}{file:?}").contains("s3cr3t"));
    }
}
