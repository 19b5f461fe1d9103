//! Bounded, seeded fuzzing of every operation: random JSON (right keys in random case, wrong
//! types, extreme numbers, deep nesting), broken bodies and random query strings. The emulator
//! must answer every request with a non-5xx status and a JSON body, and keep serving.

use std::time::Duration;

use kaizala_emulator::{Emulator, ThrottleConfig};
use serde_json::{Map, Value, json};

const KEYS: &[&str] = &[
    "name",
    "welcomeMessage",
    "members",
    "groupType",
    "groupName",
    "addUserToGroup",
    "subGroupId",
    "message",
    "subscribers",
    "sendToAllSubscribers",
    "cursor",
    "count",
    "actionType",
    "actionBody",
    "id",
    "title",
    "questions",
    "options",
    "type",
    "isInvisible",
    "choices",
    "question",
    "assignedTo",
    "dueDate",
    "expiryInHours",
    "startingTime",
    "duration",
    "place",
    "latitude",
    "longitude",
    "agenda",
    "mediaResource",
    "mediaResources",
    "caption",
    "properties",
    "value",
    "answers",
    "isCompleted",
    "responseId",
    "responseLocation",
    "lt",
    "lg",
    "referenceId",
    "sourceGroupId",
    "reactionType",
    "comment",
    "objectId",
    "objectType",
    "eventTypes",
    "callBackUrl",
    "callBackToken",
    "validity",
    "Active",
    "mobileNumber",
    "applicationId",
    "pin",
];

struct Gen {
    rng: fastrand::Rng,
    ids: Vec<String>,
}

impl Gen {
    fn key(&mut self) -> String {
        let k = KEYS[self.rng.usize(..KEYS.len())];
        match self.rng.u8(..4) {
            0 => k.to_ascii_uppercase(),
            1 => {
                let mut c = k.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            }
            _ => k.to_string(),
        }
    }

    fn string(&mut self) -> String {
        let pool = [
            String::new(),
            "true".into(),
            "False".into(),
            "+15550100002".into(),
            "+911099999999".into(),
            "12345".into(),
            "Survey".into(),
            "Job".into(),
            "Poll".into(),
            "LetsMeet".into(),
            "Announcement".into(),
            "Image".into(),
            "Group".into(),
            "ConnectGroup".into(),
            "Action".into(),
            "Like".into(),
            "Comment".into(),
            "Text".into(),
            "SingleOption".into(),
            "TextMessageCreated".into(),
            "http://127.0.0.1:1/cb".into(),
            "ftp://nope".into(),
            "2030-01-01T00:00:00Z".into(),
            "not-a-date".into(),
            "ü🙂\u{0}\"'\\".into(),
            "x".repeat(4001),
            "-1".into(),
            "9223372036854775807".into(),
        ];
        if !self.ids.is_empty() && self.rng.u8(..4) == 0 {
            return self.ids[self.rng.usize(..self.ids.len())].clone();
        }
        pool[self.rng.usize(..pool.len())].clone()
    }

    fn value(&mut self, depth: u32) -> Value {
        let pick = if depth >= 4 {
            self.rng.u8(..5)
        } else {
            self.rng.u8(..8)
        };
        match pick {
            0 => Value::Null,
            1 => json!(self.rng.bool()),
            2 => match self.rng.u8(..6) {
                0 => json!(i64::MAX),
                1 => json!(i64::MIN),
                2 => json!(u64::MAX),
                3 => json!(1.5e300),
                4 => json!(-0.5),
                _ => json!(self.rng.i64(-5..100)),
            },
            3 | 4 => json!(self.string()),
            5 => Value::Array(
                (0..self.rng.usize(..4))
                    .map(|_| self.value(depth + 1))
                    .collect(),
            ),
            _ => self.object(depth + 1),
        }
    }

    fn object(&mut self, depth: u32) -> Value {
        let mut m = Map::new();
        for _ in 0..self.rng.usize(..7) {
            let k = self.key();
            let v = self.value(depth);
            m.insert(k, v);
        }
        Value::Object(m)
    }

    fn body(&mut self) -> Vec<u8> {
        match self.rng.u8(..12) {
            0 => b"{not json".to_vec(),
            1 => format!("{{a:{}", "[".repeat(5000)).into_bytes(),
            2 => vec![0xff, 0xfe, 0x00],
            3 => b"[1,2,3]".to_vec(),
            4 => Vec::new(),
            5 => b"{name:'json5', welcomeMessage:'w',}".to_vec(),
            _ => self.object(0).to_string().into_bytes(),
        }
    }

    fn query(&mut self) -> String {
        let keys = [
            "showDetail",
            "fetchAllGroups",
            "actionType",
            "fromDate",
            "count",
            "getDetails",
            "sourceGroupId",
            "cursor",
            "reactionType",
            "objectId",
            "objectType",
        ];
        let mut parts = Vec::new();
        for _ in 0..self.rng.usize(..5) {
            let k = keys[self.rng.usize(..keys.len())];
            let v = match self.rng.u8(..5) {
                0 => "-1".to_string(),
                1 => "99999999999999999999".to_string(),
                2 => "%ZZ".to_string(),
                _ => self.string().replace(['&', '#', ' ', '%'], ""),
            };
            parts.push(format!("{k}={v}"));
        }
        parts.join("&")
    }
}

#[tokio::test]
async fn random_input_never_causes_a_server_error() {
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: false,
            ..ThrottleConfig::default()
        })
        .start()
        .await
        .unwrap();
    let http = reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let c = emu.connector();
    let tok: Value = http
        .get(format!("{}/accessToken", emu.auth_url()))
        .header("applicationId", &c.application_id)
        .header("applicationSecret", &c.application_secret)
        .header("refreshToken", &c.refresh_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = tok["accessToken"].as_str().unwrap().to_string();
    let base = format!("{}v1", emu.endpoint_url());

    // Some real objects, so that fuzzed requests get past the 404s.
    let mut ids = Vec::new();
    for (name, t) in [("G", "Group"), ("P", "ConnectGroup")] {
        let v: Value = http
            .post(format!("{base}/groups"))
            .header("accessToken", &token)
            .json(&json!({ "name": name, "welcomeMessage": "", "groupType": t, "members": ["+15550100002"] }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        ids.push(v["groupId"].as_str().unwrap().to_string());
    }
    let v: Value = http
        .post(format!("{base}/groups/{}/actions", ids[0]))
        .header("accessToken", &token)
        .json(&json!({ "actionType": "Survey", "actionBody": { "title": "s", "questions": [{ "title": "q", "type": "Text" }] } }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    ids.push(v["actionId"].as_str().unwrap().to_string());
    ids.push(v["referenceId"].as_str().unwrap().to_string());

    let mut g = Gen {
        rng: fastrand::Rng::with_seed(0x6b61_697a),
        ids: ids.clone(),
    };
    let templates: &[(&str, &str)] = &[
        ("POST", "/groups"),
        ("GET", "/groups"),
        ("GET", "/groups/{g}"),
        ("POST", "/groups/{g}/subGroups"),
        ("PUT", "/groups/{g}/subGroups"),
        ("GET", "/groups/{g}/subGroups"),
        ("DELETE", "/groups/{g}/subGroups/{x}"),
        ("PUT", "/groups/{g}/members"),
        ("GET", "/groups/{g}/members"),
        ("DELETE", "/groups/{g}/members/{x}"),
        ("POST", "/groups/{g}/subscribers"),
        ("PUT", "/groups/{g}/subscribers/add"),
        ("PUT", "/groups/{g}/subscribers/remove"),
        ("POST", "/groups/{g}/messages"),
        ("POST", "/media"),
        ("POST", "/groups/{g}/actions"),
        ("GET", "/groups/{g}/actions"),
        ("GET", "/groups/{g}/actions/{a}"),
        ("POST", "/groups/{g}/actions/{a}/responses"),
        ("POST", "/groups/{g}/reaction"),
        ("GET", "/groups/{g}/reaction/summary"),
        ("GET", "/groups/{g}/reaction/{r}/summary"),
        ("GET", "/groups/{g}/reaction/{r}"),
        ("GET", "/webhook"),
        ("POST", "/webhook"),
        ("PUT", "/webhook/{x}"),
        ("DELETE", "/webhook/{x}"),
    ];
    let auth_ops: &[(&str, &str)] = &[
        ("POST", "/generatePin"),
        ("POST", "/loginWithPinAndApplicationId"),
        ("GET", "/accessToken"),
    ];
    let mut statuses = std::collections::BTreeMap::new();
    for i in 0..1200 {
        let on_auth = i % 10 == 0;
        let (method, template) = if on_auth {
            auth_ops[g.rng.usize(..auth_ops.len())]
        } else {
            templates[g.rng.usize(..templates.len())]
        };
        let pick = |g: &mut Gen, real: &str| {
            if g.rng.u8(..3) == 0 {
                "%2F..%00x".to_string()
            } else {
                real.to_string()
            }
        };
        let (gi, xi) = (g.rng.usize(..2), g.rng.usize(..ids.len()));
        let path = template
            .replace("{g}", &pick(&mut g, &ids[gi]))
            .replace("{a}", &pick(&mut g, &ids[2]))
            .replace("{r}", &pick(&mut g, &ids[3]))
            .replace("{x}", &pick(&mut g, &ids[xi]));
        let q = g.query();
        let root = if on_auth {
            emu.auth_url()
        } else {
            base.clone()
        };
        let url = if q.is_empty() {
            format!("{root}{path}")
        } else {
            format!("{root}{path}?{q}")
        };
        let mut req = http
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                &url,
            )
            .header("accessToken", &token);
        if on_auth && g.rng.bool() {
            req = req
                .header("applicationId", g.string().replace(['\0', '\n'], ""))
                .header("applicationSecret", "s")
                .header("refreshToken", "r");
        }
        if method != "GET" && method != "DELETE" || g.rng.u8(..4) == 0 {
            let ct = [
                "application/json",
                "text/plain",
                "multipart/form-data; boundary=x",
            ][g.rng.usize(..3)];
            req = req.header("content-type", ct).body(g.body());
        }
        let resp = req
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        let status = resp.status().as_u16();
        let ct = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let text = resp.text().await.unwrap();
        assert!(status < 500, "{method} {url} answered {status}: {text}");
        assert!(
            ct.starts_with("application/json"),
            "{method} {url} ({status}) is {ct}"
        );
        let body: Value = serde_json::from_str(&text)
            .unwrap_or_else(|_| panic!("{method} {url}: not JSON: {text}"));
        if status >= 400 {
            assert!(
                body["errorCode"].is_string() && body["message"].is_string(),
                "{method} {url}: {body}"
            );
        }
        *statuses.entry(status).or_insert(0u32) += 1;
    }
    // The fuzzing reached handlers, not just the router: both successes and rejections occur.
    assert!(
        statuses.get(&200).copied().unwrap_or(0) > 20,
        "{statuses:?}"
    );
    assert!(
        statuses.get(&400).copied().unwrap_or(0) > 100,
        "{statuses:?}"
    );
    // And the emulator still serves normally afterwards.
    let ok = http
        .get(format!("{base}/groups"))
        .header("accessToken", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
}
