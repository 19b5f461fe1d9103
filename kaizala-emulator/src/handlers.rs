//! Every handler of an operation of the spec, under one name each: the operationId in
//! snake case (`getActionSummary` → `get_action_summary`). `generated_routes.rs` (from the
//! spec, by `cargo xtask gen`) routes each operation to its name here.
//!
//! A handler lives in the module of its operation's area (its tag): Actions in
//! `actions/` (`read.rs`, `send.rs`, `update.rs`, `respond.rs`), Authentication in
//! `auth.rs` (the OAuth exchange in `oauth.rs`), Bots in `bots.rs`, Groups and SubGroups
//! in `groups.rs`, Media in `media.rs`, Members in `members.rs`, Messages in
//! `messages.rs`, Reactions in `reactions.rs`, Subscribers in `subscribers.rs`, Webhooks
//! in `webhooks.rs`. Each module is re-exported whole, so a new handler needs no edit
//! here; a new area module needs one line below.

pub(crate) use crate::actions::*;
pub(crate) use crate::auth::*;
pub(crate) use crate::bots::*;
pub(crate) use crate::groups::*;
pub(crate) use crate::media::*;
pub(crate) use crate::members::*;
pub(crate) use crate::messages::*;
pub(crate) use crate::oauth::*;
pub(crate) use crate::reactions::*;
pub(crate) use crate::subscribers::*;
pub(crate) use crate::webhooks::*;
