#!/usr/bin/env python3
"""End-to-end tests of typed dates (issue 8, requirement 7) through the real binary: `--deadline`
and `--decision` take `in 3 days`, `15/02/2027`, `15 feb 2027`, Spanish words…, read by the
locale's day/month order; an impossible date exits non-zero and changes nothing.

Run: python3 Tests/e2e/test_dates.py [path/to/convoca]   (default .build/debug/convoca)
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = (sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca")
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           SWIFT_BACKTRACE="enable=no", COLUMNS="160", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           LANG="C.UTF-8", CONVOCA_LANG="en")
for k in ("LC_ALL", "LC_TIME"):
    ENV.pop(k, None)


def run(*args, env=None):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env or ENV, timeout=60)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Fixture:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="convoca-e2e-dates-")
        self.path = os.path.join(self.dir, "data.jsonl")

    def cli(self, *args, env=None):
        return run(*args, "--file", self.path, env=env)

    def add(self, title, *extra, env=None):
        p = self.cli("add", "--title", title, *extra, env=env)
        assert p.returncode == 0, f"add {extra} failed: {p.stderr}"
        out = p.stdout.strip()
        assert re.fullmatch(r"[0-9a-z]{8}", out), f"add printed {out!r}"
        return out

    def record(self, i):
        p = self.cli("show", i, "--json")
        assert p.returncode == 0, p.stderr
        return json.loads(p.stdout)


def test_relative_and_named_dates():
    f = Fixture()
    cases = [
        ("in 3 days", "2026-12-02"), ("tomorrow", "2026-11-30"), ("+6w", "2027-01-10"), ("-2d", "2026-11-27"),
        ("next monday", "2026-11-30"), ("15/02/2027", "2027-02-15"), ("15 feb 2027", "2027-02-15"),
        ("feb 15 2027", "2027-02-15"), ("15 de febrero de 2027", "2027-02-15"), ("mañana", "2026-11-30"),
        ("en 3 días", "2026-12-02"), ("2027-02-15", "2027-02-15"),
    ]
    for typed, expected in cases:
        i = f.add("Date " + typed, "--deadline", typed)
        assert f.record(i)["deadline"] == expected, (typed, f.record(i))


def test_decision_and_edit_take_the_same_forms():
    f = Fixture()
    i = f.add("Edited", "--deadline", "2027-01-01")
    p = f.cli("edit", i, "--decision", "in 2 weeks", "--deadline", "15 March 2027")
    assert p.returncode == 0, p.stderr
    r = f.record(i)
    assert r["decision"] == "2026-12-13" and r["deadline"] == "2027-03-15", r


def test_locale_orders_day_and_month():
    f = Fixture()
    us = dict(ENV, LANG="en_US.UTF-8")
    co = dict(ENV, LANG="es_CO.UTF-8", CONVOCA_LANG="en")
    assert f.record(f.add("US", "--deadline", "03/04/2027", env=us))["deadline"] == "2027-03-04"
    assert f.record(f.add("CO", "--deadline", "03/04/2027", env=co))["deadline"] == "2027-04-03"
    # LC_TIME wins over LANG.
    mixed = dict(us, LC_TIME="es_CO.UTF-8")
    assert f.record(f.add("Mixed", "--deadline", "03/04/2027", env=mixed))["deadline"] == "2027-04-03"


def test_refused_dates_exit_non_zero_and_change_nothing():
    f = Fixture()
    i = f.add("Kept", "--deadline", "2027-01-01")
    before = digest(f.path)
    for args, word in [
        (("add", "--title", "Bad", "--deadline", "31/02/2027"), "31/02/2027"),
        (("add", "--title", "Bad", "--deadline", "2027-13-01"), "2027-13-01"),
        (("add", "--title", "Bad", "--deadline", "soon"), "soon"),
        (("add", "--title", "Bad", "--deadline", "03/04/2027"), "03/04/2027"),  # C locale: ambiguous
        (("edit", i, "--deadline", "31/02/2027"), "31/02/2027"),
        (("edit", i, "--decision", "30 feb 2027"), "30 feb 2027"),
    ]:
        p = f.cli(*args)
        assert p.returncode != 0, (args, p.stdout)
        assert f"'{word}'" in p.stderr, (args, p.stderr)
        assert digest(f.path) == before, args
    p = f.cli("add", "--title", "Bad", "--deadline", "03/04/2027")
    assert "2027-04-03" in p.stderr and "2027-03-04" in p.stderr, p.stderr


def test_deadline_help_names_the_forms():
    p = run("add", "--help")
    assert p.returncode == 0
    assert "in 3 days" in p.stdout and "Typing dates" in p.stdout, p.stdout


if __name__ == "__main__":
    runner.run(globals())
