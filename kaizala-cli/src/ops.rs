//! The generated operation commands, grouped the way a user thinks: one
//! group per spec tag (`groups`, `members`, `subscribers`, `messages`,
//! `actions`, `reactions`, `sub-groups`, `webhooks`, `auth`), one
//! subcommand per operation, named by its operation id without the group's
//! noun (`listGroups` → `groups list`), with the full id as an alias
//! (`groups list-groups`). A new operation in the spec shows up here after
//! `cargo xtask gen`, in the group of its tag.

use std::collections::BTreeMap;

use clap::{Arg, ArgMatches, Command};
use kaizala_api::{Error, ResponseValue};

use crate::generated_cli::{Cli, CliCommand, CliConfig};
use crate::output::Output;

/// The group of a spec tag.
pub fn group_of_tag(tag: &str) -> String {
    match tag {
        "Authentication" => "auth".to_owned(),
        other => kebab(other),
    }
}

/// `listSubGroups` (or progenitor's `list_sub_groups`) → `list-sub-groups`.
pub fn kebab(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c == '_' {
            out.push('-');
        } else if c.is_ascii_uppercase() {
            if i > 0 && !out.ends_with('-') {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The subcommand name of an operation in its group: its kebab-case id
/// without the group's noun (singular or plural) and a dangling
/// preposition (`respondToAction` → `respond`); the full id when nothing
/// is left.
pub fn short_name(operation_id: &str, group: &str) -> String {
    let words: Vec<&str> = operation_id.split('-').collect();
    let plural: Vec<&str> = group.split('-').collect();
    let singular_last = plural.last().map(|w| w.trim_end_matches('s'));
    let mut singular = plural.clone();
    if let (Some(last), Some(s)) = (singular.last_mut(), singular_last) {
        *last = s;
    }
    let kebab_id = words.join("-");
    for noun in [&plural, &singular] {
        if let Some(at) = words.windows(noun.len()).position(|w| w == noun.as_slice()) {
            let mut rest: Vec<&str> = words[..at].to_vec();
            rest.extend_from_slice(&words[at + noun.len()..]);
            if matches!(rest.last(), Some(&("to" | "with" | "from" | "of"))) && rest.len() > 1 {
                rest.pop();
            }
            if !rest.is_empty() {
                return rest.join("-");
            }
        }
    }
    kebab_id
}

/// One generated operation's place in the command tree.
#[derive(Debug, Clone)]
pub struct Placed {
    /// The group (`members`).
    pub group: String,
    /// The subcommand (`add`).
    pub name: String,
    /// The full kebab-case id (`add-members`), an alias when it differs.
    pub alias: String,
    /// The generated command.
    pub command: CliCommand,
}

/// Every generated operation, placed.
pub fn placed() -> Vec<Placed> {
    let mut out: Vec<Placed> = Vec::new();
    for command in CliCommand::iter() {
        let id = command.operation_id();
        let tag = kaizala_api::operations::find(id).map_or("Other", |op| op.tag);
        let group = group_of_tag(tag);
        let alias = kebab(id);
        let mut name = short_name(&alias, &group);
        if out.iter().any(|p| p.group == group && p.name == name) {
            name = alias.clone();
        }
        out.push(Placed {
            group,
            name,
            alias,
            command,
        });
    }
    out
}

/// The generated subcommands of each group, with `--body` for bodies.
pub fn group_commands() -> BTreeMap<String, Vec<Command>> {
    let mut groups: BTreeMap<String, Vec<Command>> = BTreeMap::new();
    for p in placed() {
        let mut cmd = Cli::<Output>::get_command(p.command).name(p.name.clone());
        // progenitor sets summary and description as one `about`: list the
        // summary, show both in `--help`.
        if let Some(about) = cmd.get_about().map(|a| a.to_string()) {
            let summary = about
                .split("\n\n")
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            cmd = cmd.about(summary).long_about(about.trim_end().to_owned());
        }
        if p.alias != p.name {
            cmd = cmd.alias(p.alias.clone());
        }
        cmd = warn_secret_flags(cmd, p.command.operation_id());
        if cmd.get_arguments().any(|a| a.get_id() == "json-body") {
            cmd = cmd
                .mut_arg("json-body", body_arg)
                .mut_arg("json-body-template", |a| a.hide(true));
        }
        groups.entry(p.group).or_default().push(cmd);
    }
    groups
}

/// A flag that carries a secret (the spec's `Secret` fields, the PIN) says
/// so in its help: a flag's value shows in the process list.
fn warn_secret_flags(mut cmd: Command, operation_id: &str) -> Command {
    let Some(op) = kaizala_api::operations::find(operation_id) else {
        return cmd;
    };
    let has_body = cmd.get_arguments().any(|a| a.get_id() == "json-body");
    for secret in op.secrets {
        if secret.place == kaizala_api::operations::SecretPlace::Response {
            continue;
        }
        let flag = kebab(secret.name());
        if !cmd.get_arguments().any(|a| a.get_id() == flag.as_str()) {
            continue;
        }
        let alternative = if has_body {
            "; prefer giving it in --body - (standard input)"
        } else {
            ""
        };
        cmd = cmd.mut_arg(flag, |arg| {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            let warning = format!(
                "A secret: a flag's value is visible to other users of this machine (ps){alternative}."
            );
            let text = if help.is_empty() {
                warning
            } else {
                format!("{} {warning}", help.trim_end())
            };
            arg.help(text)
        });
    }
    cmd
}

fn body_arg(arg: Arg) -> Arg {
    arg.long("body")
        .alias("json-body")
        .value_name("@FILE|-")
        .help(
            "The whole JSON body: @file.json, a path, or - for standard input \
             (flags for single fields are then not needed)",
        )
}

/// The generated command a group and subcommand name, if any.
pub fn find(group: &str, name: &str) -> Option<CliCommand> {
    placed()
        .into_iter()
        .find(|p| p.group == group && (p.name == name || p.alias == name))
        .map(|p| p.command)
}

/// Runs a generated command.
pub async fn run(
    client: kaizala_api::Client,
    output: Output,
    command: CliCommand,
    matches: &ArgMatches,
) -> anyhow::Result<()> {
    Cli::new(client, output).execute(command, matches).await
}

impl CliConfig for Output {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: serde::Serialize + std::fmt::Debug,
    {
        self.json(&**value);
    }

    fn success_no_item(&self, _value: &ResponseValue<()>) {}

    fn error(&self, _value: &Error) {
        // Reported once, by main, from the library's error.
    }

    fn list_start<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug,
    {
    }

    fn list_item<T>(&self, value: &T)
    where
        T: serde::Serialize + std::fmt::Debug,
    {
        self.json(value);
    }

    fn list_end_success<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug,
    {
    }

    fn list_end_error(&self, _value: &Error) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_drop_the_group_noun() {
        let cases = [
            ("listGroups", "groups", "list"),
            ("createGroup", "groups", "create"),
            ("listSubGroups", "sub-groups", "list"),
            ("removeSubGroup", "sub-groups", "remove"),
            ("addMembers", "members", "add"),
            ("removeMember", "members", "remove"),
            ("respondToAction", "actions", "respond"),
            ("getGroupReactionSummary", "reactions", "get-group-summary"),
            ("sendMessage", "messages", "send"),
            ("loginWithPin", "auth", "login-with-pin"),
            ("deleteWebhook", "webhooks", "delete"),
        ];
        for (id, group, want) in cases {
            assert_eq!(short_name(&kebab(id), group), want, "{id}");
        }
    }

    #[test]
    fn every_operation_has_one_place() {
        let placed = placed();
        assert_eq!(placed.len(), CliCommand::iter().count());
        for p in &placed {
            let same = placed
                .iter()
                .filter(|q| q.group == p.group && q.name == p.name)
                .count();
            assert_eq!(same, 1, "{} {} is ambiguous", p.group, p.name);
            assert!(
                matches!(find(&p.group, &p.name), Some(c) if c.operation_id() == p.command.operation_id())
            );
        }
        let help = |group: &str, name: &str, flag: &str| {
            let mut cmds = group_commands();
            let mut cmd = cmds
                .remove(group)
                .and_then(|c| c.into_iter().find(|c| c.get_name() == name))
                .unwrap_or_else(|| panic!("{group} {name}"));
            cmd.build();
            cmd.get_arguments()
                .find(|a| a.get_id() == flag)
                .and_then(|a| a.get_help().map(|h| h.to_string()))
                .unwrap_or_default()
        };
        assert!(help("auth", "get-access-token", "refresh-token").contains("A secret"));
        assert!(help("auth", "login-with-pin", "pin").contains("prefer giving it in --body -"));
        assert!(help("webhooks", "create", "call-back-token").contains("A secret"));
        assert!(!help("webhooks", "create", "call-back-url").contains("A secret"));
        let groups: Vec<&str> = placed.iter().map(|p| p.group.as_str()).collect();
        for g in [
            "groups",
            "members",
            "subscribers",
            "messages",
            "actions",
            "reactions",
            "webhooks",
        ] {
            assert!(groups.contains(&g), "no {g} group");
        }
    }
}
