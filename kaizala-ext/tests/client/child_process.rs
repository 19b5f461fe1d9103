//! The crash tests' child processes: this test binary started again with
//! one test selected (`--exact`) and `KAIZALA_CRASH_CHILD` naming it, so
//! that test plays the child, which the parent kills at a random point.

use std::process::{Child, Command, Stdio};

const CHILD: &str = "KAIZALA_CRASH_CHILD";

/// True in a child process started for the test `name` (its full path).
pub fn is_child(name: &str) -> bool {
    std::env::var(CHILD).as_deref() == Ok(name)
}

/// Tells the parent the child runs: once set up, before the work to be
/// killed. From then on the child ends by itself when its parent is gone (a
/// test binary that aborted would leave children busy for ever).
pub fn ready() {
    let parent = std::os::unix::process::parent_id();
    std::thread::spawn(move || {
        loop {
            if std::os::unix::process::parent_id() != parent {
                std::process::exit(0);
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    });
    println!("ready");
}

/// The child's work: a new client from `client` after another, each
/// calling `listGroups` (errors are fine: only what the store holds
/// afterwards matters), until the parent kills the process.
pub fn call_until_killed(client: impl Fn(&kaizala_ext::HttpClient) -> kaizala_ext::KaizalaClient) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let http = crate::support::local_http();
        ready();
        loop {
            let _ = client(&http).list_groups().send().await;
        }
    });
}

/// Starts a child for the test `name` with `env` added to its environment.
pub fn start(name: &str, env: &[(&str, &str)]) -> Child {
    let exe = std::env::current_exe().expect("current exe");
    let mut command = Command::new(exe);
    command
        .args([name, "--exact", "--nocapture", "--test-threads", "1"])
        .env(CHILD, name)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    command.spawn().expect("child")
}

/// Waits until the child said it is [`ready`]. Its output holds libtest's
/// lines first (the `ready` ends the `test NAME ... ` line); a child is only
/// killed once ready, so an end before it means it never ran the test.
pub async fn until_ready(child: &mut Child) {
    let stdout = child.stdout.take().expect("piped");
    tokio::task::spawn_blocking(move || {
        let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
        while let Some(Ok(line)) = lines.next() {
            if line.ends_with("ready") {
                return;
            }
        }
        panic!("a child process ended without running its test");
    })
    .await
    .expect("reader");
}
