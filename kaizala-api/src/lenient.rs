//! Reading the values the service sends loosely typed.

use crate::types::LenientBool;

impl LenientBool {
    /// The boolean, whether the service sent `true` or `"true"` (any case,
    /// surrounding blanks ignored). `None` for any other string.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Boolean(value) => Some(*value),
            Self::String(text) => match text.trim().to_ascii_lowercase().as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            },
        }
    }

    /// True only for `true` and `"true"`.
    pub fn is_true(&self) -> bool {
        self.as_bool() == Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_booleans_and_their_strings() {
        let cases = [
            ("true", Some(true)),
            ("false", Some(false)),
            ("\"true\"", Some(true)),
            ("\" False \"", Some(false)),
            ("\"yes\"", None),
        ];
        for (json, expected) in cases {
            let value: LenientBool = serde_json::from_str(json).expect("boolean or string");
            assert_eq!(value.as_bool(), expected, "{json}");
        }
    }
}
