"""The one test runner of the end-to-end scripts: runs every `test_*` function of a module in
name order, reports each (with its traceback when it fails) and ends with the line
`N passed, N failed` that Tests/e2e/run_all.sh and CI read; exits non-zero on any failure."""
import sys
import time
import traceback


def run(namespace, footer=None):
    tests = [(n, f) for n, f in sorted(namespace.items()) if n.startswith("test_") and callable(f)]
    passed = failed = 0
    for name, fn in tests:
        started = time.monotonic()
        try:
            fn()
            passed += 1
            print(f"ok   {name} ({time.monotonic() - started:.1f}s)")
        except Exception:  # noqa: BLE001 — report every failure and go on
            failed += 1
            print(f"FAIL {name}\n{traceback.format_exc()}")
    if footer:
        print(footer())
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
