//! The type the spec's `Pin` schema generates to: the one-time PIN that
//! `generatePin` texts and `loginWithPinAndApplicationId` trades for a
//! refresh token.

use std::fmt;
use std::str::FromStr;

use secrecy::{ExposeSecret, SecretString};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A one-time PIN: a credential, so `Debug` never shows it.
///
/// It is sent in the form the live service was recorded accepting
/// (`"pin": 8876`, a JSON number) whenever that form carries every digit:
/// digits only, no leading zero, and within `u64`. Any other PIN (`"0123"`,
/// whose leading zero a number would drop) is sent as a JSON string, which
/// the service's binder also took. It decodes from either form.
#[derive(Clone)]
pub struct Pin(SecretString);

impl Pin {
    /// Wraps a PIN as the user typed it (blanks around it are dropped).
    pub fn new(value: impl Into<String>) -> Self {
        let value: String = value.into();
        Self(SecretString::from(value.trim().to_owned()))
    }

    /// The PIN, for the one place that must send it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The PIN as the number the recorded request sends, when that number
    /// keeps every digit.
    fn as_number(&self) -> Option<u64> {
        let digits = self.expose();
        let canonical = digits == "0" || !digits.starts_with('0');
        if canonical && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.parse().ok()
        } else {
            None
        }
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin([redacted])")
    }
}

impl FromStr for Pin {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::new(s))
    }
}

impl From<String> for Pin {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Pin {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<&String> for Pin {
    fn from(value: &String) -> Self {
        Self::new(value.as_str())
    }
}

impl From<u64> for Pin {
    fn from(value: u64) -> Self {
        Self::new(value.to_string())
    }
}

impl PartialEq for Pin {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for Pin {}

impl Serialize for Pin {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_number() {
            Some(number) => serializer.serialize_u64(number),
            None => serializer.serialize_str(self.expose()),
        }
    }
}

struct PinVisitor;

impl Visitor<'_> for PinVisitor {
    type Value = Pin;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a PIN, as a number or a string")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Pin, E> {
        Ok(Pin::from(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Pin, E> {
        u64::try_from(v)
            .map(Pin::from)
            .map_err(|_| E::custom("a PIN is not negative"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Pin, E> {
        Ok(Pin::new(v))
    }
}

impl<'de> Deserialize<'de> for Pin {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PinVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let pin = Pin::new("8876");
        let shown = format!("{pin:?} {:?}", Some(pin.clone()));
        assert!(!shown.contains("8876"), "{shown}");
    }

    #[test]
    fn sends_the_recorded_number_form() {
        let sent = |p: &str| serde_json::to_string(&Pin::new(p)).expect("serialises");
        assert_eq!(sent("8876"), "8876");
        assert_eq!(sent(" 8876 "), "8876");
        assert_eq!(sent("0"), "0");
        // A number would lose the leading zero; a string keeps it.
        assert_eq!(sent("0123"), "\"0123\"");
        assert_eq!(sent("12a4"), "\"12a4\"");
        assert_eq!(
            sent("99999999999999999999999"),
            "\"99999999999999999999999\""
        );
    }

    #[test]
    fn decodes_numbers_and_strings() {
        let number: Pin = serde_json::from_str("8876").expect("a number");
        let string: Pin = serde_json::from_str("\"8876\"").expect("a string");
        assert_eq!(number, string);
        assert_eq!(number.expose(), "8876");
        assert!(serde_json::from_str::<Pin>("-1").is_err());
        assert!(serde_json::from_str::<Pin>("true").is_err());
    }
}
