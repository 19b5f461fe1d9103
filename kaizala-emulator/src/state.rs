//! In-memory state behind one mutex, and the shared application handle.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;

use crate::error::ApiError;
use crate::ids::{guid, token};
use crate::model::*;
use crate::time::now_ms;

/// Shared handle given to every handler.
#[derive(Clone)]
pub(crate) struct App {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) state: Mutex<State>,
    /// The client webhook deliveries and callback validations go out on, built on first
    /// use: building one loads the platform's root certificates, tens of milliseconds in a
    /// debug build, and most emulators (one per test) never deliver a webhook.
    pub(crate) client: std::sync::OnceLock<reqwest::Client>,
    /// `http://127.0.0.1:PORT`, or `https://127.0.0.1:PORT` on the real host names.
    pub(crate) origin: String,
    /// Serving the service's host names over TLS ([`crate::hosts`]).
    pub(crate) real_hosts: Option<crate::hosts::Topology>,
    pub(crate) log_to_stdout: bool,
    pub(crate) auth_on_tenant_base: bool,
}

impl App {
    /// The client for webhook deliveries and callback validations (no proxy, no
    /// redirects), built on first use.
    pub(crate) fn http(&self) -> &reqwest::Client {
        self.inner.client.get_or_init(|| {
            reqwest::Client::builder()
                .tls_backend_rustls()
                .no_proxy()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("the emulator's HTTP client builds (its TLS backend initialises)")
        })
    }

    /// Locks the state (a poisoned lock is recovered: state stays usable).
    pub(crate) fn st(&self) -> MutexGuard<'_, State> {
        self.inner.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The auth base URL.
    pub(crate) fn auth_url(&self) -> String {
        if self.inner.real_hosts.is_some() {
            return format!("https://{}/v1", crate::hosts::AUTH_HOST);
        }
        format!("{}{}", self.inner.origin, crate::urls::AUTH_PREFIX)
    }

    /// The OAuth root URL.
    pub(crate) fn oauth_url(&self) -> String {
        if self.inner.real_hosts.is_some() {
            return format!("https://{}/api", crate::hosts::OAUTH_HOST);
        }
        format!("{}{}", self.inner.origin, crate::urls::OAUTH_PREFIX)
    }

    /// Where uploaded media files are served (`{files_origin}/media-files/…`).
    pub(crate) fn files_origin(&self) -> String {
        if self.inner.real_hosts.is_some() {
            return format!("https://{}", crate::hosts::FILES_HOST);
        }
        self.inner.origin.clone()
    }

    /// The tenant endpoint URL of a generation.
    pub(crate) fn endpoint_url_for(&self, generation: u32) -> String {
        if let Some(topology) = &self.inner.real_hosts {
            return topology.endpoint_url(generation);
        }
        crate::urls::tenant_base(&self.inner.origin, generation)
    }

    /// Prints a line when the emulator runs verbosely (the binary).
    pub(crate) fn say(&self, line: impl AsRef<str>) {
        if self.inner.log_to_stdout {
            let now = chrono::Local::now().format("%H:%M:%S%.3f");
            println!("{now} {}", line.as_ref());
        }
    }
}

/// A registered connector.
#[derive(Debug, Clone)]
pub(crate) struct Connector {
    pub(crate) secret: String,
    pub(crate) permissions: Vec<Permission>,
}

/// An OAuth authorization code, waiting to be exchanged (single use).
#[derive(Debug, Clone)]
pub(crate) struct OAuthCode {
    pub(crate) application_id: String,
    pub(crate) mobile_number: String,
    pub(crate) expiry_ms: i64,
}

/// A refresh-token grant.
#[derive(Debug, Clone)]
pub(crate) struct RefreshGrant {
    pub(crate) application_id: String,
    pub(crate) mobile_number: String,
    pub(crate) expiry_ms: i64,
    /// The refresh token this one replaced by rotation. It keeps working
    /// until this one is first used (Tokens.md: the current token stays
    /// valid until it expires; the successor "should be used"), so a client
    /// that dies before saving the successor still has a working token.
    pub(crate) predecessor: Option<String>,
}

/// An access-token grant.
#[derive(Debug, Clone)]
pub(crate) struct AccessGrant {
    pub(crate) application_id: String,
    pub(crate) mobile_number: String,
    pub(crate) expiry_ms: i64,
}

/// The authenticated caller of a tenant request.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    pub(crate) user: User,
}

/// A pending webhook delivery, spawned once the state lock is released.
#[derive(Debug, Clone)]
pub(crate) struct DeliveryJob {
    pub(crate) index: usize,
    pub(crate) url: String,
    pub(crate) token: String,
    pub(crate) payload: Value,
}

/// Fixed-window throttle counters.
#[derive(Debug, Default)]
pub(crate) struct Throttle {
    pub(crate) windows: HashMap<String, (i64, u32)>,
}

/// Everything the emulator knows.
pub(crate) struct State {
    pub(crate) access_token_lifetime: Duration,
    pub(crate) refresh_token_lifetime: Duration,
    pub(crate) throttle_config: ThrottleConfig,
    pub(crate) webhook_config: WebhookConfig,
    pub(crate) endpoint_generation: u32,
    pub(crate) connectors: HashMap<String, Connector>,
    pub(crate) users: Vec<User>,
    pub(crate) last_pins: HashMap<String, String>,
    pub(crate) pins: HashMap<(String, String), String>,
    pub(crate) refresh_tokens: HashMap<String, RefreshGrant>,
    pub(crate) access_tokens: HashMap<String, AccessGrant>,
    pub(crate) oauth_codes: HashMap<String, OAuthCode>,
    pub(crate) rotate_refresh_on_next: bool,
    /// Every `accessToken` call rotates the refresh token.
    pub(crate) rotate_refresh_always: bool,
    pub(crate) fail_tenant: u32,
    pub(crate) fail_auth: u32,
    pub(crate) fail_status: u16,
    /// Faults for the next tenant and auth calls, in order.
    pub(crate) tenant_faults: std::collections::VecDeque<crate::faults::kind::Fault>,
    pub(crate) auth_faults: std::collections::VecDeque<crate::faults::kind::Fault>,
    pub(crate) throttle: Throttle,
    pub(crate) groups: Vec<Group>,
    pub(crate) messages: Vec<Message>,
    pub(crate) media: Vec<MediaItem>,
    pub(crate) media_bytes: HashMap<String, bytes::Bytes>,
    pub(crate) actions: Vec<Action>,
    pub(crate) reactions: Vec<Reaction>,
    pub(crate) webhooks: Vec<Webhook>,
    pub(crate) bots: Vec<Bot>,
    pub(crate) deliveries: Vec<Delivery>,
    pub(crate) duplicate_next: u32,
    pub(crate) outbox: Vec<DeliveryJob>,
    pub(crate) log: Vec<LoggedRequest>,
}

impl State {
    pub(crate) fn new(
        access_token_lifetime: Duration,
        throttle_config: ThrottleConfig,
        webhook_config: WebhookConfig,
    ) -> Self {
        State {
            access_token_lifetime,
            refresh_token_lifetime: Duration::from_secs(365 * 24 * 3600),
            throttle_config,
            webhook_config,
            endpoint_generation: 1,
            connectors: HashMap::new(),
            users: Vec::new(),
            last_pins: HashMap::new(),
            pins: HashMap::new(),
            refresh_tokens: HashMap::new(),
            access_tokens: HashMap::new(),
            oauth_codes: HashMap::new(),
            rotate_refresh_on_next: false,
            rotate_refresh_always: false,
            fail_tenant: 0,
            fail_auth: 0,
            fail_status: 503,
            tenant_faults: Default::default(),
            auth_faults: Default::default(),
            throttle: Throttle::default(),
            groups: Vec::new(),
            messages: Vec::new(),
            media: Vec::new(),
            media_bytes: HashMap::new(),
            actions: Vec::new(),
            reactions: Vec::new(),
            webhooks: Vec::new(),
            bots: Vec::new(),
            deliveries: Vec::new(),
            duplicate_next: 0,
            outbox: Vec::new(),
            log: Vec::new(),
        }
    }

    /// The user with this mobile number, created (unprovisioned) if unknown.
    pub(crate) fn user_or_create(&mut self, mobile: &str) -> User {
        if let Some(u) = self.users.iter().find(|u| u.mobile_number == mobile) {
            return u.clone();
        }
        let suffix: String = mobile
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let u = User {
            id: guid(),
            mobile_number: mobile.to_string(),
            name: format!("User {suffix}"),
            profile_pic: String::new(),
            is_provisioned: false,
            is_tenant_admin: false,
        };
        self.users.push(u.clone());
        u
    }

    /// Creates or updates a user.
    pub(crate) fn upsert_user(&mut self, mobile: &str, name: &str, tenant_admin: bool) -> User {
        let mut u = self.user_or_create(mobile);
        u.name = name.to_string();
        u.is_provisioned = true;
        u.is_tenant_admin = tenant_admin;
        if u.profile_pic.is_empty() {
            u.profile_pic = format!("https://profile.kaiza.la.invalid/{}.jpg", u.id);
        }
        if let Some(slot) = self.users.iter_mut().find(|x| x.id == u.id) {
            *slot = u.clone();
        }
        u
    }

    /// A user by id.
    pub(crate) fn user_by_id(&self, id: &str) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    /// A user by mobile number.
    pub(crate) fn user_by_mobile(&self, mobile: &str) -> Option<&User> {
        self.users.iter().find(|u| u.mobile_number == mobile)
    }

    /// Registers a connector and pre-issues a refresh token.
    pub(crate) fn seed_connector(&mut self, seed: ConnectorSeed) -> ConnectorCredentials {
        let application_id = seed.application_id.unwrap_or_else(guid);
        let application_secret = seed.application_secret.unwrap_or_else(|| token(""));
        let refresh_token = seed.refresh_token.unwrap_or_else(|| token("rt."));
        self.user_or_create(&seed.mobile_number);
        self.connectors.insert(
            application_id.clone(),
            Connector {
                secret: application_secret.clone(),
                permissions: seed.permissions,
            },
        );
        self.refresh_tokens.insert(
            refresh_token.clone(),
            RefreshGrant {
                application_id: application_id.clone(),
                mobile_number: seed.mobile_number.clone(),
                expiry_ms: crate::time::after(now_ms(), self.refresh_token_lifetime),
                predecessor: None,
            },
        );
        ConnectorCredentials {
            application_id,
            application_secret,
            refresh_token,
            mobile_number: seed.mobile_number,
        }
    }

    /// The group, or 404.
    pub(crate) fn group(&self, id: &str) -> Result<&Group, ApiError> {
        self.groups
            .iter()
            .find(|g| g.id.eq_ignore_ascii_case(id))
            .ok_or_else(|| ApiError::not_found(format!("Group '{id}' was not found.")))
    }

    /// The group index, or 404.
    pub(crate) fn group_index(&self, id: &str) -> Result<usize, ApiError> {
        self.groups
            .iter()
            .position(|g| g.id.eq_ignore_ascii_case(id))
            .ok_or_else(|| ApiError::not_found(format!("Group '{id}' was not found.")))
    }

    /// The caller's role in a group, looking up through parent groups (an admin of a parent
    /// group administers its sub-groups).
    pub(crate) fn role_in(&self, group_id: &str, user_id: &str) -> Option<Role> {
        let mut seen = Vec::new();
        self.role_in_rec(group_id, user_id, &mut seen)
    }

    fn role_in_rec(&self, group_id: &str, user_id: &str, seen: &mut Vec<String>) -> Option<Role> {
        if seen.iter().any(|s| s == group_id) {
            return None;
        }
        seen.push(group_id.to_string());
        let g = self.groups.iter().find(|g| g.id == group_id)?;
        let here = g
            .members
            .iter()
            .find(|m| m.user_id == user_id)
            .map(|m| m.role);
        if here == Some(Role::Admin) {
            return here;
        }
        let from_parents = g
            .parent_groups
            .iter()
            .filter_map(|p| self.role_in_rec(p, user_id, seen))
            .find(|r| *r == Role::Admin);
        from_parents.or(here)
    }

    /// Index of a group the caller may read (member, admin up the hierarchy, or tenant admin):
    /// 404 if unknown, 403 otherwise.
    pub(crate) fn readable_group(&self, caller: &Caller, id: &str) -> Result<usize, ApiError> {
        let idx = self.group_index(id)?;
        let gid = self.groups[idx].id.clone();
        if caller.user.is_tenant_admin || self.role_in(&gid, &caller.user.id).is_some() {
            Ok(idx)
        } else {
            Err(ApiError::forbidden(
                "NotGroupMember",
                format!("The caller is not a member of group '{gid}'."),
            ))
        }
    }

    /// Index of a group the caller administers: 404 if unknown, 403 otherwise.
    pub(crate) fn admin_group(&self, caller: &Caller, id: &str) -> Result<usize, ApiError> {
        let idx = self.readable_group(caller, id)?;
        let gid = self.groups[idx].id.clone();
        if caller.user.is_tenant_admin || self.role_in(&gid, &caller.user.id) == Some(Role::Admin) {
            Ok(idx)
        } else {
            Err(ApiError::forbidden(
                "NotGroupAdmin",
                format!("The caller is not an admin of group '{gid}'."),
            ))
        }
    }

    /// All members across the hierarchy below a group (unique user ids).
    pub(crate) fn users_across(&self, group_id: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut stack = vec![group_id.to_string()];
        let mut seen: Vec<String> = Vec::new();
        while let Some(gid) = stack.pop() {
            if seen.contains(&gid) {
                continue;
            }
            seen.push(gid.clone());
            if let Some(g) = self.groups.iter().find(|g| g.id == gid) {
                for m in &g.members {
                    if !out.contains(&m.user_id) {
                        out.push(m.user_id.clone());
                    }
                }
                stack.extend(g.sub_groups.iter().cloned());
            }
        }
        out
    }
}
