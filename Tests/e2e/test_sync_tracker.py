#!/usr/bin/env python3
"""End-to-end test of team sync in the tracker (issue 12, items 1 and 4), driving two real
trackers in tmux on two clones of a local bare remote (no network).

Ana and Carlos each have the tracker open on their clone. The same call is changed in both
copies: different fields (owner here, funder there) and the same field (the title). `S` in
Ana's, `S` in Carlos's (his merge flags the call `!`), `S` in Ana's again: both lists show
the `!`. `W` in Carlos's lists what arrived from Ana, and Enter filters to that call
(`id=…`). Ana resolves it in her tracker (`C`, `2`, Enter), `S`; Carlos `S`: the two clones'
`convoca list --json` are byte-equal. Outside git, `S` refuses with a clear message.

Run: CONVOCA_BIN=path/to/convoca python3 Tests/e2e/test_sync_tracker.py
"""
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


def env_for(user):
    # tmux_harness sets LC_ALL=C.UTF-8, and LC_ALL beats LANG: CONVOCA_LANG names the language.
    return {"CONVOCA_USER": user, "CONVOCA_TODAY": "2026-11-29", "SWIFT_BACKTRACE": "enable=no",
            "XDG_STATE_HOME": STATE + "/" + user, "XDG_CONFIG_HOME": STATE + "/config", "CONVOCA_LANG": "en",
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_TERMINAL_PROMPT": "0",
            "GIT_AUTHOR_NAME": user, "GIT_AUTHOR_EMAIL": user + "@example.org",
            "GIT_COMMITTER_NAME": user, "GIT_COMMITTER_EMAIL": user + "@example.org"}


ANA, CARLOS = env_for("ana"), env_for("carlos")


def run(args, cwd, env):
    full = dict(os.environ, **env, NO_COLOR="1")
    full.pop("LC_ALL", None)
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=full, timeout=120)


def cli(data, env, *args):
    p = run([BIN, *args, "--file", data], os.path.dirname(data), env)
    assert p.returncode == 0, f"{args}: {p.stdout}{p.stderr}"
    return p.stdout


def team():
    d = tempfile.mkdtemp(prefix="convoca-e2e-synctracker-")
    remote = os.path.join(d, "team.git")
    assert run(["git", "init", "-q", "--bare", remote], d, ANA).returncode == 0
    ana = os.path.join(d, "ana", "calls.jsonl")
    p = run([BIN, "init", "--git", remote, "--file", ana], d, ANA)
    assert p.returncode == 0, p.stderr
    p = run([BIN, "clone", remote, os.path.join(d, "carlos")], d, CARLOS)
    assert p.returncode == 0, p.stderr
    return d, ana, os.path.join(d, "carlos", "calls.jsonl")


def listing(data, env):
    return cli(data, env, "list", "--json")


def test_two_trackers_sync_see_the_flag_resolve_and_converge():
    d, ana, carlos = team()
    rid = cli(ana, ANA, "add", "--title", "Horizon Europe").strip()
    cli(ana, ANA, "sync")
    cli(carlos, CARLOS, "sync")
    a = Session([BIN, "--file", ana], width=100, height=30, env=ANA, name="sync-ana")
    b = Session([BIN, "--file", carlos], width=100, height=30, env=CARLOS, name="sync-carlos")
    with a, b:
        a.wait_for("Horizon Europe")
        b.wait_for("Horizon Europe")
        # The status line says when the last sync ran (the CLI's, read from .git).
        a.wait_for("synced just now")
        # Different fields, and the same field, changed in each clone while the trackers run.
        cli(ana, ANA, "edit", rid, "--owner", "Ana", "--title", "Horizon Europe (Ana)")
        cli(carlos, CARLOS, "edit", rid, "--funder", "European Commission", "--title", "Horizon (Carlos)")
        a.wait_for("Horizon Europe (Ana)")
        b.wait_for("Horizon (Carlos)")
        a.send_keys("S")
        a.wait_for("committed: ana: 1 edited", timeout=30)
        b.send_keys("S")
        b.wait_for("W shows what arrived", timeout=30)
        b.wait_for(" !" + rid)
        a.send_keys("S")
        a.wait_for("W shows what arrived", timeout=30)
        a.wait_for(" !" + rid)
        # W in Carlos's tracker: what arrived from Ana; Enter filters to that call.
        b.send_keys("W")
        b.wait_for("What arrived")
        assert "ana: 1 edited" in b.screen_text(), b.screen_text()
        b.send_keys("Enter")
        b.wait_for("id=" + rid)
        # Ana resolves it in her tracker: the other copy's title.
        a.send_keys("C")
        a.wait_for("Changed in two copies")
        a.send_keys("2")
        a.send_keys("Enter")
        a.wait_for("conflict reviewed")
        a.wait_for_absent(" !" + rid)
        a.send_keys("S")
        a.wait_for("1 resolved", timeout=30)
        b.send_keys("S")
        b.wait_for_absent(" !" + rid, timeout=30)
        b.wait_for("synced just now")
        rec = json.loads(cli(carlos, CARLOS, "show", rid, "--json"))
        assert rec["owner"] == "Ana" and rec["funder"] == "European Commission", rec
        assert not rec.get("conflict"), rec
        for s in (a, b):
            s.send_keys("q")
            s.wait_for_exit()
    assert listing(ana, ANA) == listing(carlos, CARLOS)
    for data, env in ((ana, ANA), (carlos, CARLOS)):
        cli(data, env, "check")


def test_s_outside_git_refuses_clearly():
    d = tempfile.mkdtemp(prefix="convoca-e2e-nogit-")
    path = os.path.join(d, "calls.jsonl")
    cli(path, ANA, "add", "--title", "Local call")
    s = Session([BIN, "--file", path], width=100, height=30, env=ANA, name="sync-nogit")
    with s:
        s.wait_for("Local call")
        assert "synced" not in s.screen_text()
        s.send_keys("S")
        s.wait_for("not in a git work tree")
        s.send_keys("q")
        s.wait_for_exit()


if __name__ == "__main__":
    runner.run(globals())
