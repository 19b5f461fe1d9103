//! Identifiers: GUIDs, opaque tokens, PINs, and the mobile numbers that name users.

/// A fresh GUID string.
pub(crate) fn guid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A random opaque token (two GUIDs, no dashes).
pub(crate) fn token(prefix: &str) -> String {
    format!(
        "{prefix}{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// A random 4-digit PIN.
pub(crate) fn pin() -> String {
    let n = u32::from_le_bytes(
        uuid::Uuid::new_v4().as_bytes()[..4]
            .try_into()
            .unwrap_or([0; 4]),
    );
    format!("{:04}", n % 10_000)
}

/// Whether `s` looks like a mobile number with country code: `+` and 7 to 15 digits.
pub(crate) fn is_mobile_number(s: &str) -> bool {
    let Some(digits) = s.strip_prefix('+') else {
        return false;
    };
    (7..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobile_numbers() {
        assert!(is_mobile_number("+911099999999"));
        assert!(!is_mobile_number("911099999999"));
        assert!(!is_mobile_number("+91abc"));
    }
}
