#!/usr/bin/env python3
"""End-to-end tests of `convoca --version` and `convoca help keys` (issue 8, requirement 9).

Run: python3 Tests/e2e/test_version_help.py [path/to/convoca]   (default .build/debug/convoca)
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
ENV = dict(os.environ, NO_COLOR="1", SWIFT_BACKTRACE="enable=no", CONVOCA_LANG="en",
           XDG_CONFIG_HOME="/nonexistent-convoca-config")


def run(*args, env=None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env or ENV, timeout=60)


def test_version_names_the_release_and_the_data_format():
    p = run("--version")
    assert p.returncode == 0, p.stderr
    assert re.fullmatch(r"convoca \d+\.\d+\.\d+ \(data format 2\)\n", p.stdout), p.stdout
    es = run("--version", env=dict(ENV, CONVOCA_LANG="es"))
    assert re.fullmatch(r"convoca \d+\.\d+\.\d+ \(formato de datos 2\)\n", es.stdout), es.stdout


def test_help_keys_prints_docs_keys_md():
    p = run("help", "keys")
    assert p.returncode == 0, p.stderr
    with open(os.path.join(ROOT, "docs", "keys.md"), encoding="utf-8") as f:
        assert p.stdout == f.read(), "convoca help keys differs from docs/keys.md"


def test_plain_help_still_works():
    p = run("help")
    assert p.returncode == 0 and "USAGE" in p.stdout.upper(), p.stdout
    assert "help keys" in p.stdout, p.stdout


if __name__ == "__main__":
    runner.run(globals())
