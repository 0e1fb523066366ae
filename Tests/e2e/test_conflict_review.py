#!/usr/bin/env python3
"""End-to-end test of reviewing a merge conflict in the tracker (issue 12, item 3), driving
the real binary in tmux at 80×24.

A call is changed in two copies (here, and in a JSON export imported back), so `convoca import`
flags it `is:conflict`. The list marks it with `!`; its detail opens with a banner naming the
field; `c` opens the review panel with both values; `2` picks the other copy's and `Enter`
applies it: the file holds that value, `is:conflict` no longer lists the call, and `u` brings
the flag and the value back. `convoca show` lists what is left to decide, and `convoca resolve`
refuses bad input with a message, a non-zero exit and the file unchanged.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_conflict_review.py
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("CONVOCA_BIN", os.path.join(ROOT, ".build", "debug", "convoca"))
STATE = tempfile.mkdtemp(prefix="convoca-e2e-state-")
ENV = {"CONVOCA_USER": "Laura Restrepo", "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
       "XDG_STATE_HOME": STATE, "XDG_CONFIG_HOME": STATE + "/config", "LANG": "C.UTF-8", "CONVOCA_LANG": "en"}
CLI_ENV = dict(os.environ, **ENV, NO_COLOR="1")
CLI_ENV.pop("LC_ALL", None)


def run(path, *args):
    return subprocess.run([BIN, *args, "--file", path], capture_output=True, text=True, env=CLI_ENV, timeout=60)


def cli(path, *args):
    p = run(path, *args)
    assert p.returncode == 0, f"{args}: {p.stderr}"
    return p.stdout


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def flagged_file():
    """A file with one call whose title was changed here and, later, in an export."""
    d = tempfile.mkdtemp(prefix="convoca-e2e-conflict-")
    path = os.path.join(d, "data.jsonl")
    rid = cli(path, "add", "--title", "Becas Chevening", "--kind", "scholarship").strip()
    exported = os.path.join(d, "theirs.json")
    cli(path, "export", "--format", "json", "--output", exported)
    cli(path, "edit", rid, "--title", "Becas Chevening (local)")
    doc = json.load(open(exported))
    doc["records"][0]["title"] = "Chevening Scholarships"
    doc["records"][0]["updated"] = "2030-01-01T00:00:00Z"
    json.dump(doc, open(exported, "w"), ensure_ascii=False)
    cli(path, "import", exported)
    return path, rid


def conflicted(path):
    return [r["id"] for r in json.loads(cli(path, "list", "is:conflict", "--json"))]


def test_review_in_the_tracker_picks_the_other_value_and_undo_brings_it_back():
    path, rid = flagged_file()
    assert conflicted(path) == [rid]
    shown = cli(path, "show", rid)
    assert "CONFLICT" in shown and "Becas Chevening (local)" in shown, shown
    s = Session([BIN, "--file", path], width=80, height=24, env=ENV, name="conflict")
    with s:
        s.wait_for("Chevening Scholars")
        assert " !" + rid in s.screen_text(), s.screen_text()
        s.send_keys("Enter")
        s.wait_for("Changed in two copies: title — press c to review")
        s.send_keys("c")
        s.wait_for("2 other copy: Becas Chevening")
        assert "● 1 current: Chevening Scholarships" in s.screen_text()
        s.send_keys("2")
        s.wait_for("● 2 other copy")
        s.send_keys("Enter")
        s.wait_for("conflict reviewed")
        s.wait_for_absent("press c to review")
        rec = json.loads(cli(path, "show", rid, "--json"))
        assert rec["title"] == "Becas Chevening (local)" and not rec.get("conflict"), rec
        assert any(h.get("note") == "resolved" and h.get("field") == "title" for h in rec["history"]), rec
        assert conflicted(path) == []
        s.send_keys("u")
        s.wait_for("press c to review")
        rec = json.loads(cli(path, "show", rid, "--json"))
        assert rec["title"] == "Chevening Scholarships" and rec.get("conflict") is True, rec
        assert conflicted(path) == [rid]
        s.send_keys("Escape")
        s.send_keys("q")
        s.wait_for_exit()
    subprocess.run([BIN, "check", "--file", path], check=True, capture_output=True, env=CLI_ENV)


def test_resolve_on_the_command_line_and_its_refusals():
    path, rid = flagged_file()
    before = digest(path)
    for args, says in [
        (("resolve", rid), "--keep"),
        (("resolve", rid, "title", "--keep", "maybe"), "maybe"),
        (("resolve", rid, "funder", "--keep", "other"), "funder"),
        (("resolve", "zzzzzz", "--keep", "other"), "zzzzzz"),
    ]:
        p = run(path, *args)
        assert p.returncode != 0 and says in p.stderr, (args, p.returncode, p.stderr)
        assert digest(path) == before, args
    # Any name `convoca fields` lists works: the Spanish one here.
    out = run(path, "resolve", rid, "Título", "--keep", "current")
    assert out.returncode == 0, out.stderr
    assert "cleared" in out.stderr + out.stdout, out
    assert conflicted(path) == []
    assert json.loads(cli(path, "show", rid, "--json"))["title"] == "Chevening Scholarships"
    p = run(path, "resolve", rid, "--keep", "other")
    assert p.returncode != 0 and "not flagged" in p.stderr, p.stderr
    subprocess.run([BIN, "check", "--file", path], check=True, capture_output=True, env=CLI_ENV)


if __name__ == "__main__":
    runner.run(globals())
