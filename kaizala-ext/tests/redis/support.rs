//! A real Redis for the `redis` feature's tests.
//!
//! With `KAIZALA_TEST_REDIS_URL` set (`.ci/run` starts one), tests use that
//! server, each under its own key prefix. Otherwise, and for tests that kill
//! or restart Redis, a `redis-server` is started here on a free local port
//! (no persistence unless asked) and stopped when the test ends. A missing
//! binary fails the test with what to install: no test is skipped.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A Redis server (or a three-node Redis Cluster) for one test.
pub struct TestRedis {
    url: String,
    child: Option<Child>,
    port: u16,
    dir: Option<tempfile::TempDir>,
    durable: bool,
    /// Extra `redis-server` arguments (cluster mode).
    extra: Vec<&'static str>,
    /// The nodes of a cluster (empty for one server).
    nodes: Vec<TestRedis>,
    /// A key prefix no other test uses.
    pub prefix: String,
}

fn fresh_prefix() -> String {
    format!("kz-test-{:016x}", fastrand::u64(..))
}

impl TestRedis {
    /// The shared server named by `KAIZALA_TEST_REDIS_URL`, or a server of
    /// this test's own.
    pub fn shared() -> Self {
        match std::env::var("KAIZALA_TEST_REDIS_URL") {
            Ok(url) if !url.trim().is_empty() => Self {
                url,
                child: None,
                port: 0,
                dir: None,
                durable: false,
                extra: Vec::new(),
                nodes: Vec::new(),
                prefix: fresh_prefix(),
            },
            _ => Self::own(false),
        }
    }

    /// A `redis-server` of this test's own: `durable` turns on the
    /// append-only file with an fsync per write (what a token store needs to
    /// survive a Redis restart).
    pub fn own(durable: bool) -> Self {
        Self::own_with(durable, Vec::new())
    }

    fn own_with(durable: bool, extra: Vec<&'static str>) -> Self {
        let port = free_port();
        let mut redis = Self {
            url: format!("redis://127.0.0.1:{port}/"),
            child: None,
            port,
            dir: Some(tempfile::tempdir().expect("a temporary directory")),
            durable,
            extra,
            nodes: Vec::new(),
            prefix: fresh_prefix(),
        };
        redis.start_anywhere();
        redis
    }

    /// A Redis Cluster of three primaries of this test's own
    /// (`redis-server --cluster-enabled yes` ×3, joined with
    /// `redis-cli --cluster create`), ready when every slot is served.
    pub fn cluster() -> Self {
        let nodes: Vec<TestRedis> = (0..3)
            .map(|_| {
                Self::own_with(
                    false,
                    vec![
                        "--cluster-enabled",
                        "yes",
                        "--cluster-config-file",
                        "nodes.conf",
                        "--cluster-node-timeout",
                        "5000",
                    ],
                )
            })
            .collect();
        let mut create = Command::new("redis-cli");
        create.arg("--cluster").arg("create");
        for node in &nodes {
            create.arg(format!("127.0.0.1:{}", node.port));
        }
        let output = match create
            .args(["--cluster-replicas", "0", "--cluster-yes"])
            .stdin(Stdio::null())
            .output()
        {
            Ok(output) => output,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                panic!("the cluster test needs `redis-cli` (Debian/Ubuntu: part of `redis-server`)")
            }
            Err(e) => panic!("could not run redis-cli: {e}"),
        };
        assert!(
            output.status.success(),
            "redis-cli --cluster create failed: {}",
            String::from_utf8_lossy(&output.stdout)
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        for node in &nodes {
            loop {
                let info = Command::new("redis-cli")
                    .args(["-p", &node.port.to_string(), "cluster", "info"])
                    .stdin(Stdio::null())
                    .output()
                    .expect("redis-cli");
                if String::from_utf8_lossy(&info.stdout).contains("cluster_state:ok") {
                    break;
                }
                assert!(Instant::now() < deadline, "the cluster never became ready");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Self {
            url: nodes[0].url.clone(),
            child: None,
            port: 0,
            dir: None,
            durable: false,
            extra: Vec::new(),
            nodes,
            prefix: fresh_prefix(),
        }
    }

    /// True for a cluster.
    pub fn is_cluster(&self) -> bool {
        !self.nodes.is_empty()
    }

    /// A handle for the code under test: on the server, or on the cluster
    /// through all its nodes, with this test's prefix.
    pub fn handle(&self, timeout: Duration) -> kaizala_ext::redis::SharedRedis {
        if self.is_cluster() {
            let urls: Vec<&str> = self.nodes.iter().map(|n| n.url.as_str()).collect();
            kaizala_ext::redis::SharedRedis::open_cluster_with(&urls, &self.prefix, timeout)
                .expect("cluster urls")
        } else {
            kaizala_ext::redis::SharedRedis::open_with(&self.url, &self.prefix, timeout)
                .expect("url")
        }
    }

    /// The URL to connect to.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Starts the server on a free port: another test may take the port
    /// picked between the check and the server's bind, so a server that
    /// cannot bind moves to another one (a few times).
    fn start_anywhere(&mut self) {
        for _ in 0..5 {
            if self.try_start() {
                return;
            }
            self.port = free_port();
            self.url = format!("redis://127.0.0.1:{}/", self.port);
        }
        panic!("redis-server exited at start on five free ports in a row");
    }

    /// Starts the server again on its port (its clients know that one).
    fn start(&mut self) {
        assert!(
            self.try_start(),
            "redis-server exited at restart; is port {} taken?",
            self.port
        );
    }

    /// Starts the server on its port; false if it exited at start (its port
    /// was taken).
    fn try_start(&mut self) -> bool {
        let dir = self.dir.as_ref().expect("an own server").path();
        let mut command = Command::new("redis-server");
        command
            .arg("--port")
            .arg(self.port.to_string())
            .args(["--bind", "127.0.0.1", "--save", ""])
            .arg("--dir")
            .arg(dir)
            .args(&self.extra);
        if self.durable {
            command.args(["--appendonly", "yes", "--appendfsync", "always"]);
        } else {
            command.args(["--appendonly", "no"]);
        }
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let child = match command.spawn() {
            Ok(child) => child,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
                "these tests need a real Redis and `redis-server` is not installed. Install it \
                 (Debian/Ubuntu: `apt-get install redis-server`; macOS: `brew install redis`), or \
                 set KAIZALA_TEST_REDIS_URL=redis://HOST:PORT/ to a disposable Redis"
            ),
            Err(e) => panic!("could not start redis-server: {e}"),
        };
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !ping(self.port) {
            if self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
                .is_some()
            {
                self.child = None;
                return false;
            }
            assert!(
                Instant::now() < deadline,
                "redis-server did not answer PING within 10 s on port {}",
                self.port
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        true
    }

    /// Kills the server (SIGKILL): Redis is down until [`restart`](Self::restart).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Freezes the server (SIGSTOP): connections stay open and nothing is
    /// answered, like a Redis stuck on a slow disk, until [`resume`](Self::resume).
    pub fn freeze(&self) {
        self.signal("-STOP");
    }

    /// Lets a frozen server go on (SIGCONT).
    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, signal: &str) {
        let pid = self.child.as_ref().expect("an own, running server").id();
        let status = Command::new("kill")
            .arg(signal)
            .arg(pid.to_string())
            .status()
            .expect("kill(1)");
        assert!(status.success(), "kill {signal} {pid}");
    }

    /// Starts the server again on the same port (and data directory).
    pub fn restart(&mut self) {
        self.kill();
        self.start();
    }
}

impl Drop for TestRedis {
    fn drop(&mut self) {
        if let Some(child) = &self.child {
            // A frozen server does not die of SIGKILL until it runs again.
            // Never a panic here: a second one during a failed test's
            // unwinding aborts the whole test binary.
            let _ = Command::new("kill")
                .arg("-CONT")
                .arg(child.id().to_string())
                .status();
        }
        self.kill();
    }
}

/// A local port free when asked (another process may take it before use).
fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .expect("a free local port")
        .port()
}

fn ping(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(
        &(Ipv4Addr::LOCALHOST, port).into(),
        Duration::from_millis(200),
    ) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
    if stream.write_all(b"PING\r\n").is_err() {
        return false;
    }
    let mut answer = [0u8; 7];
    stream.read_exact(&mut answer).is_ok() && &answer == b"+PONG\r\n"
}
