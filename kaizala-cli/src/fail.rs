//! How a run fails: one sentence on stderr and a documented exit code.

use std::fmt;

/// The exit codes, as `kaizala --help` documents them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 1: anything not listed below.
    Other = 1,
    /// 2: bad input (a flag, a number, a file, a body); nothing was sent, or
    /// the service refused the request as malformed (400).
    Input = 2,
    /// 3: authentication: not logged in, credentials or token refused (401/403).
    Auth = 3,
    /// 4: not found (404).
    NotFound = 4,
    /// 5: throttled (429).
    Throttled = 5,
    /// 6: network or service failure (unreachable, 5xx, a response not as documented).
    Service = 6,
    /// 7: a bulk job finished, but some numbers failed (the report says which).
    Partial = 7,
}

/// The exit-code table of `--help`.
pub const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  other failure
  2  bad input (flags, numbers, files, a body that is not JSON); nothing was sent
  3  authentication (not logged in, credentials or token refused, 401/403)
  4  not found (404)
  5  throttled (429); wait and try again
  6  network or service failure (unreachable, 5xx, unexpected response)
  7  a bulk job finished but some items failed (see the report on stdout)";

/// A failed run.
#[derive(Debug)]
pub struct Fail {
    /// Which exit code.
    pub kind: Kind,
    /// The sentence printed on stderr.
    pub message: String,
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Fail {
    /// Bad input, in the library's words (its `Error::InvalidInput`: nothing
    /// was sent).
    pub fn input(message: impl fmt::Display) -> Self {
        kaizala_ext::Error::InvalidInput {
            message: message.to_string(),
        }
        .into()
    }

    /// Not authenticated.
    pub fn auth(message: impl Into<String>) -> Self {
        Self {
            kind: Kind::Auth,
            message: message.into(),
        }
    }

    /// Anything else.
    pub fn other(message: impl Into<String>) -> Self {
        Self {
            kind: Kind::Other,
            message: message.into(),
        }
    }

    /// The exit code.
    pub fn code(&self) -> u8 {
        self.kind as u8
    }
}

/// The exit code for an error of the library.
pub fn kind_of(error: &kaizala_ext::Error) -> Kind {
    use kaizala_ext::Error as E;
    match error {
        E::InvalidInput { .. } => Kind::Input,
        // The token service could not be reached or failed (5xx).
        E::Auth {
            retryable: true, ..
        } => Kind::Service,
        E::Unauthorized { .. }
        | E::Forbidden { .. }
        | E::Auth { .. }
        | E::RefreshTokenRejected { .. }
        | E::AccessTokenRefused { .. }
        | E::ReauthorizationRequired { .. } => Kind::Auth,
        E::NotFound { .. } => Kind::NotFound,
        E::Throttled { .. } => Kind::Throttled,
        E::Api { status, .. } if (400..500).contains(status) => Kind::Input,
        E::Api { .. }
        | E::Transport { .. }
        | E::Decode { .. }
        | E::TokenTimeout { .. }
        | E::InvalidEndpoint { .. }
        | E::UntrustedEndpoint { .. }
        | E::ResponseTooLarge { .. }
        | E::Paging(_) => Kind::Service,
        _ => Kind::Other,
    }
}

impl From<kaizala_ext::Error> for Fail {
    fn from(error: kaizala_ext::Error) -> Self {
        Self {
            kind: kind_of(&error),
            message: error.to_string(),
        }
    }
}

impl From<anyhow::Error> for Fail {
    /// An error of a generated command: the library's error when a call
    /// failed, otherwise the body or a flag was bad (nothing was sent).
    fn from(error: anyhow::Error) -> Self {
        if let Some(ours) = error.downcast_ref::<kaizala_ext::Error>() {
            return ours.clone().into();
        }
        if let Some(fail) = error.downcast_ref::<Fail>() {
            return Fail {
                kind: fail.kind,
                message: fail.message.clone(),
            };
        }
        // The generated commands' contexts: "failed to read PATH" (our
        // `body::read` error, which names the file, follows) and "failed to
        // parse PATH" (serde's error follows).
        let mut chain: Vec<String> = error.chain().map(|e| e.to_string()).collect();
        if chain.len() > 1 {
            if chain[0].starts_with("failed to read ") {
                chain.remove(0);
            } else if let Some(path) = chain[0].strip_prefix("failed to parse ") {
                let place = match path {
                    "-" => "on standard input".to_owned(),
                    p => format!("in {}", p.strip_prefix('@').unwrap_or(p)),
                };
                chain[0] = format!("the body {place} is not this operation's JSON body");
            }
        }
        Fail::input(chain.join(": "))
    }
}

impl std::error::Error for Fail {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn each_failure_has_its_exit_code() {
        use kaizala_ext::Error as E;
        let cases = [
            (
                E::InvalidInput {
                    message: "x".into(),
                },
                Kind::Input,
            ),
            (
                E::Unauthorized {
                    code: None,
                    message: None,
                },
                Kind::Auth,
            ),
            (
                E::Forbidden {
                    code: None,
                    message: None,
                },
                Kind::Auth,
            ),
            (
                E::RefreshTokenRejected {
                    code: None,
                    message: None,
                },
                Kind::Auth,
            ),
            (
                E::Auth {
                    message: "x".into(),
                    retryable: false,
                    cause: None,
                },
                Kind::Auth,
            ),
            (
                E::Auth {
                    message: "x".into(),
                    retryable: true,
                    cause: None,
                },
                Kind::Service,
            ),
            (
                E::NotFound {
                    code: None,
                    message: None,
                },
                Kind::NotFound,
            ),
            (
                E::Throttled {
                    retry_after: Some(Duration::from_secs(3)),
                    code: None,
                    message: None,
                },
                Kind::Throttled,
            ),
            (
                E::Api {
                    status: 400,
                    code: None,
                    message: None,
                    body: String::new(),
                },
                Kind::Input,
            ),
            (
                E::Api {
                    status: 503,
                    code: None,
                    message: None,
                    body: String::new(),
                },
                Kind::Service,
            ),
            (
                E::Transport {
                    message: "x".into(),
                    source: None,
                },
                Kind::Service,
            ),
            (
                E::TokenTimeout {
                    waited: Duration::from_secs(1),
                },
                Kind::Service,
            ),
        ];
        for (error, kind) in cases {
            let fail = Fail::from(error.clone());
            assert_eq!(fail.kind, kind, "{error}");
            assert_eq!(fail.message, error.to_string(), "the library's sentence");
        }
        let codes: Vec<u8> = [
            Kind::Other,
            Kind::Input,
            Kind::Auth,
            Kind::NotFound,
            Kind::Throttled,
            Kind::Service,
            Kind::Partial,
        ]
        .iter()
        .map(|k| *k as u8)
        .collect();
        assert_eq!(codes, [1, 2, 3, 4, 5, 6, 7]);
        for code in codes {
            assert!(
                EXIT_CODES.contains(&format!("\n  {code}  ")),
                "exit code {code} is documented"
            );
        }
    }

    #[test]
    fn generated_command_errors_name_the_body() {
        let serde = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let e = anyhow::Error::new(serde).context("failed to parse @b.json");
        let fail = Fail::from(e);
        assert_eq!(fail.kind, Kind::Input);
        assert!(
            fail.message.starts_with(
                "invalid input: the body in b.json is not this operation's JSON body: EOF"
            ),
            "{}",
            fail.message
        );
        let ours = anyhow::Error::new(kaizala_ext::Error::NotFound {
            code: None,
            message: None,
        });
        assert_eq!(Fail::from(ours).kind, Kind::NotFound);
    }
}
