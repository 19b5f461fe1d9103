//! The URL layout of the emulator's one listener: the auth base, the OAuth root and the
//! tenant base. It lives apart from routing so that state (which hands out these URLs)
//! and routing (which matches them) both depend on it, not on each other.

/// Path prefix of the auth base.
pub(crate) const AUTH_PREFIX: &str = "/auth/v1";

/// Path prefix of the OAuth root.
pub(crate) const OAUTH_PREFIX: &str = "/ds/api";

/// `/tenant/{generation}{rest}` → (generation, rest).
pub(crate) fn split_tenant(path: &str) -> Option<(u32, &str)> {
    let rest = path.strip_prefix("/tenant/")?;
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
}
