//! The URL layout of the emulator's one listener: the auth base, the OAuth root and the
//! tenant base. It lives apart from routing so that state (which hands out these URLs)
//! and routing (which matches them) both depend on it, not on each other.

/// Path prefix of the auth base.
pub(crate) const AUTH_PREFIX: &str = "/auth/v1";

/// What the auth host's paths (`/v1/…`) are served under.
pub(crate) const AUTH_ROOT_PREFIX: &str = "/auth";

/// Path prefix of the OAuth root.
pub(crate) const OAUTH_PREFIX: &str = "/ds/api";

/// What the OAuth host's paths (`/api/…`) are served under.
pub(crate) const OAUTH_ROOT_PREFIX: &str = "/ds";

/// Path prefix of the tenant bases, followed by the generation.
const TENANT_PREFIX: &str = "/tenant/";

/// The tenant base of a generation on `origin` (`http://127.0.0.1:PORT`):
/// `{origin}/tenant/{generation}/`, the endpoint URL the auth answers hand out.
pub(crate) fn tenant_base(origin: &str, generation: u32) -> String {
    format!("{origin}{TENANT_PREFIX}{generation}/")
}

/// `/tenant/{generation}{rest}` → (generation, rest).
pub(crate) fn split_tenant(path: &str) -> Option<(u32, &str)> {
    let rest = path.strip_prefix(TENANT_PREFIX)?;
    let (gen_str, rest) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    Some((gen_str.parse().ok()?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenant_paths_split_into_generation_and_rest() {
        assert_eq!(split_tenant("/tenant/3/v1/x"), Some((3, "/v1/x")));
        assert_eq!(split_tenant("/tenant/x/v1"), None);
    }

    #[test]
    fn a_tenant_base_splits_back_into_its_generation() {
        let base = tenant_base("http://127.0.0.1:1", 7);
        assert_eq!(base, "http://127.0.0.1:1/tenant/7/");
        let path = base.strip_prefix("http://127.0.0.1:1").unwrap();
        assert_eq!(split_tenant(&format!("{path}v1")), Some((7, "/v1")));
    }
}
