"""Tell a conformance finding from a tool crash in one schemathesis run.

    python3 scripts/conformance_verdict.py --status N --report report.json \
        --emulator-alive 1 --max-time 300
    python3 scripts/conformance_verdict.py --self-test

Prints one line, `<verdict> <reason>`, and always exits 0 (the caller decides):

- `passed`: schemathesis exited 0.
- `finding`: the emulator broke the spec: a check failed (a response the spec does not
  allow, a 5xx), the emulator died, or schemathesis failed the run on a warning (every
  call refused, ...). Deterministic enough to fail at once.
- `crash`: schemathesis itself failed: its report lists only errors (a "Runtime Error"
  is a Python exception inside schemathesis or hypothesis, e.g. CPython 3.11.7's
  "SystemError: AST constructor recursion depth mismatch"), it died before writing its
  report, or it overran the time bound. scripts/conformance.sh reruns once with another
  seed and fails only if the second run fails too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

TIMEOUT_STATUSES = {124, 137}  # `timeout` ran out (124), or had to SIGKILL (137)


def verdict(status: int, report_path: str, emulator_alive: bool, max_time: int) -> str:
    if not emulator_alive:
        return "finding the emulator died during the run (its log is above)"
    if status == 0:
        return "passed schemathesis found nothing"
    if status in TIMEOUT_STATUSES:
        return f"crash schemathesis did not finish within {max_time}s (exit status {status})"
    try:
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError) as e:
        return f"crash schemathesis exited with status {status} without a readable report ({type(e).__name__})"
    failures = report.get("failures") or []
    errors = report.get("errors") or []
    if failures:
        parts = [
            f"{f.get('title', '?')} x{f.get('count', '?')} in {', '.join(f.get('operations') or ['?'])}"
            for f in failures
        ]
        return "finding " + "; ".join(parts) + " (the FAILURES section above has the requests)"
    if errors:
        parts = [f"{e.get('title', '?')} x{e.get('count', '?')}" for e in errors]
        return "crash schemathesis reported errors, no failed check: " + "; ".join(parts) + " (the ERRORS section above has the traceback)"
    warnings = report.get("warnings") or []
    if warnings:
        return f"finding schemathesis failed the run on warnings: {', '.join(map(str, warnings))}"
    return f"crash schemathesis exited with status {status} and reported neither a failure nor an error"


def self_test() -> None:
    def check(status, report, alive, want):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "report.json")
            if report is not None:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(report if isinstance(report, str) else json.dumps(report))
            got = verdict(status, path, alive, 300)
        assert got.split(" ", 1)[0] == want, f"status {status}, report {report!r}: want {want}, got {got!r}"
        return got

    failure = {"type": "x", "title": "Response violates schema", "count": 2, "operations": ["GET /groups"]}
    runtime = {"title": "Runtime Error", "count": 1}
    check(0, None, True, "passed")
    got = check(1, {"failures": [failure], "errors": [runtime]}, True, "finding")
    assert "GET /groups" in got and "Response violates schema" in got, got
    got = check(1, {"failures": [], "errors": [runtime]}, True, "crash")
    assert "Runtime Error" in got, got
    check(1, None, True, "crash")  # died before writing its report
    check(1, "{truncated", True, "crash")
    check(124, None, True, "crash")
    check(2, {"failures": [], "errors": []}, True, "crash")
    check(1, {"failures": [], "errors": [], "warnings": ["missing_auth"]}, True, "finding")
    check(0, None, False, "finding")  # the emulator died: never a pass
    check(1, {"failures": [], "errors": [runtime]}, False, "finding")
    print("conformance_verdict self-test: 10 passed, 0 failed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--status", type=int)
    parser.add_argument("--report")
    parser.add_argument("--emulator-alive", type=int, default=1)
    parser.add_argument("--max-time", type=int, default=0)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        self_test()
        return
    if args.status is None or args.report is None:
        parser.error("--status and --report are required")
    print(verdict(args.status, args.report, bool(args.emulator_alive), args.max_time))


if __name__ == "__main__":
    main()
    sys.exit(0)
