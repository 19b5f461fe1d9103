#!/usr/bin/env bash
# Runs schemathesis (bounded) against kaizala-emulator with spec/kaizala.yaml.
#   bash kaizala-emulator/conformance/run.sh [path/to/st]
# Needs schemathesis installed (pip install schemathesis); pass its `st` executable or
# have it on PATH. Exits with schemathesis's status.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
st="${1:-st}"
port="${KAIZALA_CONFORMANCE_PORT:-18765}"

cargo build --quiet -p kaizala-emulator --manifest-path "$root/Cargo.toml"
bin="$(cargo metadata --format-version 1 --no-deps --manifest-path "$root/Cargo.toml" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug/kaizala-emulator"
"$bin" --port "$port" --no-throttle --auth-on-tenant-base --access-token conformance \
    --sample-data --quiet &
emu=$!
trap 'kill "$emu" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    if ! kill -0 "$emu" 2>/dev/null; then
        echo "kaizala-emulator did not start (is port $port in use?)" >&2
        exit 1
    fi
    sleep 0.1
done

cd "$here"
"$st" run "$root/spec/kaizala.yaml" \
    --url "http://127.0.0.1:$port/tenant/1/v1" \
    -H 'accessToken: conformance' \
    --max-examples 40 \
    --max-time 180 \
    --no-color
