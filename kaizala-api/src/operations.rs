//! What `spec/kaizala.yaml` says about each operation, beyond what progenitor
//! generates: where it is sent, whether it needs an access token, and the
//! request constraints the generated types cannot enforce on their own.

/// One operation of `spec/kaizala.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The `operationId`, e.g. `createGroup`.
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template, e.g. `/groups/{groupId}/members`.
    pub path: &'static str,
    /// The operation's tag, e.g. `Members`.
    pub tag: &'static str,
    /// False for the authentication operations (`security: []`).
    pub requires_access_token: bool,
    /// Constraints on the request, checked before it is sent.
    pub constraints: &'static [Constraint],
    /// Every place of the request or response whose schema is the spec's
    /// `Secret` (or is marked `x-kaizala-secret`, like the PIN): what
    /// [`crate::redact`] and the capture server hide.
    pub secrets: &'static [SecretField],
}

impl Operation {
    /// GET, PUT and DELETE may be replayed safely; POST may not.
    pub fn is_idempotent(&self) -> bool {
        matches!(self.method, "GET" | "PUT" | "DELETE" | "HEAD" | "OPTIONS")
    }
}

/// Where a constrained value sits in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A JSON body field. The path is dotted, `[]` steps into every array
    /// element: `members`, `members[]`, `actionBody.questions[].options`.
    Body,
    /// A query parameter, by name.
    Query,
}

/// A rule from the spec's schema keywords.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// `maxItems`
    MaxItems(u64),
    /// `minItems`
    MinItems(u64),
    /// `maxLength`, in characters
    MaxLength(u64),
    /// `minLength`, in characters
    MinLength(u64),
    /// `pattern` (ECMA 262)
    Pattern(&'static str),
    /// `minimum`
    Minimum(f64),
    /// `maximum`
    Maximum(f64),
}

// The spec's `minimum`/`maximum` are never NaN, so equality is total.
impl Eq for Rule {}

/// A constraint on one place in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constraint {
    /// Body or query.
    pub location: Location,
    /// The field path (body) or parameter name (query).
    pub path: &'static str,
    /// What must hold there.
    pub rule: Rule,
}

/// Where a secret travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretPlace {
    /// A request header, by name (`refreshToken`).
    Header,
    /// A query parameter, by name.
    Query,
    /// A JSON request body field (dotted path, `[]` for array elements).
    Request,
    /// A JSON response body field (dotted path, `[]` for array elements).
    Response,
}

/// One place that carries a secret value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecretField {
    /// Header, query, request body or response body.
    pub place: SecretPlace,
    /// The header or parameter name, or the body field path
    /// (`webhooks[].callbackToken`).
    pub path: &'static str,
}

impl SecretField {
    /// The field's own name: the last segment of the path (`callbackToken`).
    pub fn name(&self) -> &'static str {
        let last = self.path.rsplit('.').next().unwrap_or(self.path);
        last.trim_end_matches("[]")
    }
}

include!("generated_operations.rs");

/// Every operation of the spec, in spec order.
pub fn all() -> &'static [Operation] {
    OPERATIONS
}

/// The operation with this `operationId` (`createGroup`), or with the
/// snake_case name progenitor gives the generated hooks (`create_group`).
pub fn find(id: &str) -> Option<&'static Operation> {
    // Every call looks its operation up twice (request hook and send): by
    // the `match` xtask generates, not a scan of the spec's list.
    operation_index(id)
        .and_then(|index| OPERATIONS.get(index))
        .or_else(|| {
            OPERATIONS
                .iter()
                .find(|op| op.id == id || same_operation(op.id, id))
        })
}

/// `createGroup` and `create_group` name the same operation. The xtask
/// rejects operationIds that differ only in case, so this is unambiguous.
fn same_operation(camel: &str, snake: &str) -> bool {
    camel.bytes().map(|b| b.to_ascii_lowercase()).eq(snake
        .bytes()
        .filter(|b| *b != b'_')
        .map(|b| b.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_names_find_their_operation() {
        assert!(same_operation("createGroup", "create_group"));
        assert!(same_operation(
            "loginWithPinAndApplicationId",
            "login_with_pin_and_application_id"
        ));
        assert!(!same_operation("createGroup", "create_groups"));
        // By operationId; the hook names are checked against the generated
        // client below.
        for op in all() {
            assert_eq!(find(op.id), Some(op));
        }
        assert_eq!(find("login_with_pin").map(|op| op.id), Some("loginWithPin"));
        assert_eq!(find("no_such_operation"), None);
    }

    #[test]
    fn every_hook_name_the_generated_client_uses_is_matched_directly() {
        // Not by the fallback scan: the names in `OperationInfo` are the ones
        // every call looks up twice.
        let source = include_str!("generated.rs");
        let names: Vec<&str> = source
            .split("operation_id: \"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        // Every generated operation (media upload is hand-written).
        assert_eq!(names.len(), all().len() - 1);
        for name in names {
            let index = operation_index(name);
            assert!(
                index.is_some_and(|i| same_operation(OPERATIONS[i].id, name)),
                "{name}"
            );
        }
    }

    #[test]
    fn every_operation_sending_a_credential_header_lists_secrets() {
        // The request hook marks credential headers sensitive only for
        // operations with secrets (the fast path skips the others): an
        // operation that sends one without listing secrets would send it
        // unmarked.
        let source = include_str!("generated.rs");
        let mut checked = 0;
        for block in source.split("async fn send_generated(").skip(1) {
            let Some(name) = block
                .split("operation_id: \"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
            else {
                continue;
            };
            let sends_credential = block.split(".append(\"").skip(1).any(|rest| {
                let header = rest
                    .split('"')
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                crate::runtime::CREDENTIAL_HEADERS.contains(&header.as_str())
            });
            if sends_credential {
                let op = find(name).expect("a generated operation");
                assert!(!op.secrets.is_empty(), "{name} sends a credential header");
                checked += 1;
            }
        }
        // getAccessToken (applicationSecret, refreshToken).
        assert!(checked >= 1, "{checked}");
    }
}
