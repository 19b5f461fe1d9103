#!/usr/bin/env bash
# Schemathesis conformance: fuzzes the running kaizala-emulator with spec/kaizala.yaml
# and fails on any response the spec does not allow.
#
#   bash scripts/conformance.sh            # from anywhere in the repository
#
# Builds and starts the emulator binary on a free local port (auth operations also
# served on the tenant base, throttling off), fetches an access token with the seeded
# connector's credentials, installs schemathesis into .venv (the venv .ci/run creates),
# runs it bounded in examples and time, stops the emulator, and exits non-zero on any
# failure.
#
# A conformance finding (a response the spec does not allow, a 5xx, the emulator dying)
# fails at once. A tool crash (schemathesis reports only "errors", e.g. a "Runtime Error"
# from a Python exception inside hypothesis, or it dies before writing its report, or
# the run overruns its time bound) is not a finding: the run is repeated once, on a
# fresh emulator, with the next seed, and fails only if the second run fails too. The
# last line says which it was.
#
# The Python tools come from scripts/requirements.lock (every version and hash pinned;
# regenerate with pip-compile, see scripts/requirements.in), installed with
# --require-hashes, so every run uses the same bytes.
#
# Knobs (environment):
#   CONFORMANCE_MAX_EXAMPLES  test cases per operation and phase (default 10)
#   CONFORMANCE_MAX_TIME      hard bound on the schemathesis run, seconds (default 300)
#   CONFORMANCE_WORKERS       concurrent workers (default 1: two threads building ASTs at
#                             once trip CPython 3.11's "AST constructor recursion depth
#                             mismatch", python/cpython#106905, inside hypothesis; one
#                             worker is as fast here, the run waits on the emulator)
#   CONFORMANCE_SEED          hypothesis seed, for reproducible runs (default 20260101)
#   CONFORMANCE_PHASES        default examples,coverage,fuzzing (the spec has no links,
#                             so the stateful phase would add nothing)
#   CONFORMANCE_EMULATOR      a kaizala-emulator binary already built (default: build it
#                             with `cargo build -p kaizala-emulator`; .ci/run passes the
#                             one its test build made, with that build's features, which
#                             `cargo build` would resolve differently and build again)
#   CONFORMANCE_SCHEMATHESIS  the schemathesis executable (default .venv/bin/schemathesis;
#                             scripts/test_conformance_verdict.sh substitutes a fake one)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

MAX_EXAMPLES="${CONFORMANCE_MAX_EXAMPLES:-10}"
MAX_TIME="${CONFORMANCE_MAX_TIME:-300}"
WORKERS="${CONFORMANCE_WORKERS:-1}"
SEED="${CONFORMANCE_SEED:-20260101}"
PHASES="${CONFORMANCE_PHASES:-examples,coverage,fuzzing}"

# The seeded default connector (kaizala_emulator::DEFAULT_*).
APPLICATION_ID="kaizala-emulator-app"
APPLICATION_SECRET="kaizala-emulator-secret"
REFRESH_TOKEN="kaizala-emulator-refresh-token"

if [ -n "${CONFORMANCE_EMULATOR:-}" ]; then
    EMULATOR="$CONFORMANCE_EMULATOR"
    echo "==> using the emulator built before: $EMULATOR"
    if [ ! -x "$EMULATOR" ]; then
        echo "CONFORMANCE_EMULATOR=$EMULATOR is not an executable file" >&2
        exit 1
    fi
else
    echo "==> building kaizala-emulator"
    cargo build --quiet -p kaizala-emulator --bin kaizala-emulator
    EMULATOR="${CARGO_TARGET_DIR:-target}/debug/kaizala-emulator"
fi


echo "==> installing the pinned Python tools (scripts/requirements.lock) into .venv"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
    -r scripts/requirements.lock </dev/null
SCHEMATHESIS="$PWD/.venv/bin/schemathesis"

WORK="$(mktemp -d)"
EMULATOR_PID=""
stop_emulator() {
    if [ -n "$EMULATOR_PID" ] && kill -0 "$EMULATOR_PID" 2>/dev/null; then
        kill "$EMULATOR_PID" 2>/dev/null || true
        wait "$EMULATOR_PID" 2>/dev/null || true
    fi
    EMULATOR_PID=""
}
cleanup() {
    stop_emulator
    rm -rf "$WORK"
}
trap cleanup EXIT

# One run with seed $1 on a fresh emulator (a rerun must not see the first run's
# deletions), its files in $RUN. Sets VERDICT (`passed`, `finding` or `crash`, see
# scripts/conformance_verdict.py) and DETAIL (one line saying why).
attempt() {
    local seed="$1"
    RUN="$WORK/seed-$seed"
    mkdir -p "$RUN"
    stop_emulator
    echo "==> starting the emulator on a free port"
    # Port 0: the OS picks a free port, so nothing races for it; the banner says which.
    # The log exists before the emulator starts: the background job opens it only after the
    # fork, and reading a missing file would end the script (pipefail) with no word why.
    : >"$RUN/emulator.log"
    "$EMULATOR" --port 0 --auth-on-tenant-base --no-throttle --no-sample-data --quiet >"$RUN/emulator.log" 2>&1 &
    EMULATOR_PID=$!
    ENDPOINT_URL=""
    for _ in $(seq 1 100); do
        ENDPOINT_URL="$(sed -n 's/^  endpointUrl *\(http[^ ]*\).*/\1/p' "$RUN/emulator.log" | head -n 1 || true)"
        [ -n "$ENDPOINT_URL" ] && break
        if ! kill -0 "$EMULATOR_PID" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    if [ -z "$ENDPOINT_URL" ]; then
        echo "error: the emulator did not start:" >&2
        cat "$RUN/emulator.log" >&2
        VERDICT=finding
        DETAIL="the emulator did not start or could not be seeded"
        return
    fi
    AUTH_URL="$(sed -n 's/^  auth base *\(http[^ ]*\).*/\1/p' "$RUN/emulator.log" | head -n 1)"
    BASE_URL="${ENDPOINT_URL}v1"
    echo "    tenant base $BASE_URL (auth operations served there too)"

    # An access token for the whole run (24 h lifetime, far longer than the run), and a few
    # real objects so that the group-, action- and reaction-scoped operations reach their
    # logic instead of answering 404 to random ids: their ids go into a schemathesis config.
    if ! APPLICATION_ID="$APPLICATION_ID" APPLICATION_SECRET="$APPLICATION_SECRET" \
        REFRESH_TOKEN="$REFRESH_TOKEN" AUTH_URL="$AUTH_URL" BASE_URL="$BASE_URL" \
        .venv/bin/python - >"$RUN/seed.env" <<'PY'
import json, os, urllib.request

def call(method, url, headers, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)

token = call("GET", os.environ["AUTH_URL"] + "/accessToken", {
    "applicationId": os.environ["APPLICATION_ID"],
    "applicationSecret": os.environ["APPLICATION_SECRET"],
    "refreshToken": os.environ["REFRESH_TOKEN"],
})["accessToken"]
base, auth = os.environ["BASE_URL"], {"accessToken": token}
group = call("POST", base + "/groups", auth, {
    "name": "Conformance", "welcomeMessage": "Hi",
    "members": ["+15550100002", "+15550100003"], "groupType": "Group"})["groupId"]
public = call("POST", base + "/groups", auth, {
    "name": "Conformance public", "welcomeMessage": "Hi", "members": [],
    "groupType": "ConnectGroup"})["groupId"]
call("PUT", base + f"/groups/{public}/subscribers/add", auth,
     {"subscribers": ["+15550100002", "+15550100003", "+15550100004"]})
sub = call("POST", base + f"/groups/{group}/subGroups", auth, {
    "groupName": "Conformance sub", "members": ["+15550100004"]})["groupId"]
message = call("POST", base + f"/groups/{group}/messages", auth,
               {"message": "Hello"})["referenceId"]
survey = call("POST", base + f"/groups/{group}/actions", auth, {
    "actionType": "Survey", "actionBody": {"title": "Q", "questions": [
        {"title": "Name", "type": "Text"}]}})["actionId"]
members = call("GET", base + f"/groups/{group}/members", auth)["members"]
other = call("POST", base + "/groups", auth, {
    "name": "Conformance other", "welcomeMessage": "Hi", "members": ["+15550100002"],
    "groupType": "Group"})["groupId"]

# A webhook needs a callback that answers the validation handshake while it is created.
import http.server, threading, urllib.parse
class Echo(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        token = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("validationToken", [""])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(token.encode())
    def do_POST(self):
        self.send_response(200)
        self.end_headers()
    def log_message(self, *args):
        pass
echo = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Echo)
threading.Thread(target=echo.serve_forever, daemon=True).start()
webhooks = [call("POST", base + "/webhook", auth, {
    "objectId": group, "objectType": "Group", "eventTypes": ["TextMessageCreated"],
    "callBackUrl": f"http://127.0.0.1:{echo.server_address[1]}/hook",
    "callBackToken": "conformance"})["webhookId"] for _ in range(2)]
echo.shutdown()
member = next(m["id"] for m in members if m.get("mobileNumber") == "+15550100003")
print(f"ACCESS_TOKEN={token}")
print(f"GROUP_ID={group}")
print(f"PUBLIC_GROUP_ID={public}")
print(f"SUB_GROUP_ID={sub}")
print(f"MESSAGE_REF={message}")
print(f"ACTION_ID={survey}")
print(f"MEMBER_ID={member}")
print(f"OTHER_GROUP_ID={other}")
print(f"WEBHOOK_ID={webhooks[0]}")
print(f"DELETED_WEBHOOK_ID={webhooks[1]}")
PY
    then
        echo "error: could not seed the emulator" >&2
        tail -n 20 "$RUN/emulator.log" >&2
        VERDICT=finding
        DETAIL="the emulator did not start or could not be seeded"
        return
    fi
    # shellcheck disable=SC1091
    . "$RUN/seed.env"
    cat >"$RUN/schemathesis.toml" <<TOML
[checks]
enabled = false
not_a_server_error.enabled = true
status_code_conformance.enabled = true
content_type_conformance.enabled = true
response_schema_conformance.enabled = true
response_headers_conformance.enabled = true

[parameters]
"path.groupId" = "${GROUP_ID}"
"path.subGroupId" = "${SUB_GROUP_ID}"
"path.actionId" = "${ACTION_ID}"
"path.referenceId" = "${MESSAGE_REF}"
"query.sourceGroupId" = "${GROUP_ID}"
"path.webhookId" = "${WEBHOOK_ID}"

[[operations]]
include-operation-id = ["listSubscribers", "addSubscribers", "removeSubscribers"]
parameters = { "path.groupId" = "${PUBLIC_GROUP_ID}" }

# Ids inside request bodies, so these reach their logic too.
[[operations]]
include-operation-id = "addReaction"
parameters = { "body.referenceId" = "${MESSAGE_REF}", "body.sourceGroupId" = "${GROUP_ID}" }

[[operations]]
include-operation-id = "addSubGroup"
parameters = { "body.subGroups" = ["${OTHER_GROUP_ID}"] }

[[operations]]
include-operation-id = "createWebhook"
parameters = { "body.objectId" = "${GROUP_ID}", "body.objectType" = "Group" }

# deleteWebhook gets its own webhook, so updateWebhook keeps finding one.
[[operations]]
include-operation-id = "deleteWebhook"
parameters = { "path.webhookId" = "${DELETED_WEBHOOK_ID}" }

[[operations]]
include-operation-id = "removeMember"
parameters = { "path.memberId" = "${MEMBER_ID}" }
TOML


    echo "==> schemathesis run spec/kaizala.yaml (seed ${seed}, max ${MAX_EXAMPLES} examples per operation, at most ${MAX_TIME}s, phases ${PHASES})"
    local status=0
    # --max-redirects 0: a 308 is an answer the spec documents, not something to follow.
    # No --max-time: it makes fuzzing repeat until the budget is spent; `timeout` bounds the run.
    # Run from the scratch directory so schemathesis' own cache (.schemathesis/) goes with it.
    # The JSON report tells findings ("failures") from tool errors ("errors").
    local root="$PWD"
    (cd "$RUN" && timeout --signal=INT --kill-after=30 "$MAX_TIME" \
        "$SCHEMATHESIS" --no-color --config-file "$RUN/schemathesis.toml" run "$root/spec/kaizala.yaml" \
        --url "$BASE_URL" \
        --header "accessToken: ${ACCESS_TOKEN}" \
        --phases "$PHASES" \
        --max-examples "$MAX_EXAMPLES" \
        --workers "$WORKERS" \
        --seed "$seed" \
        --max-redirects 0 \
        --request-timeout 10 \
        --suppress-health-check all \
        --report json --report-json-path "$RUN/report.json" \
        </dev/null) || status=$?

    local emulator_alive=1
    if ! kill -0 "$EMULATOR_PID" 2>/dev/null; then
        echo "error: the emulator died during the run:" >&2
        tail -n 50 "$RUN/emulator.log" >&2
        emulator_alive=0
    fi
    local verdict
    verdict="$(.venv/bin/python scripts/conformance_verdict.py \
        --status "$status" --report "$RUN/report.json" --emulator-alive "$emulator_alive" --max-time "$MAX_TIME")"
    VERDICT="${verdict%% *}"
    DETAIL="${verdict#* }"
    stop_emulator
}

attempt "$SEED"
if [ "$VERDICT" = crash ]; then
    FIRST_DETAIL="$DETAIL"
    RETRY_SEED=$((SEED + 1))
    echo "conformance: schemathesis itself failed with seed $SEED ($FIRST_DETAIL): a tool crash, not a finding; running once more with seed $RETRY_SEED" >&2
    attempt "$RETRY_SEED"
    case "$VERDICT" in
        passed)
            echo "conformance: passed on the second run (seed $RETRY_SEED); the first run (seed $SEED) was a tool crash, not a finding: $FIRST_DETAIL"
            exit 0
            ;;
        crash)
            echo "conformance: FAILED: schemathesis crashed twice (seeds $SEED and $RETRY_SEED), a tool failure, not a finding: $FIRST_DETAIL; then $DETAIL" >&2
            exit 1
            ;;
        *)
            echo "conformance: FAILED: a conformance finding on the second run (seed $RETRY_SEED, after a tool crash with seed $SEED): $DETAIL" >&2
            exit 1
            ;;
    esac
fi
case "$VERDICT" in
    passed)
        echo "conformance: passed (seed $SEED)"
        exit 0
        ;;
    *)
        echo "conformance: FAILED: a conformance finding (seed $SEED; rerun with CONFORMANCE_SEED=$SEED): $DETAIL" >&2
        exit 1
        ;;
esac
