#!/usr/bin/env python3
"""End-to-end tests of `convoca sync` (issue 12, item 1), with local bare repositories
standing in for the team's remote (no network).

Two officers sync and see what arrived by person; nothing to do says so; two syncs pushing at
once both end up in (one retried); a force-pushed remote is refused and the local commits kept
on a branch; an unreachable remote keeps the local commit (exit 75) and the next sync catches
up; a damaged or too-new file on the remote is refused by the driver (merge undone, git's
normal conflict when merged by hand); an older format version merges; a missing git is named.

Run: python3 Tests/e2e/test_sync.py [path/to/convoca]   (default .build/debug/convoca)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath((sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca"))
BASE = dict(os.environ, CONVOCA_TODAY="2026-11-29", NO_COLOR="1", SWIFT_BACKTRACE="enable=no", COLUMNS="160",
            XDG_CONFIG_HOME="/nonexistent-convoca-config", CONVOCA_LANG="en",
            GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null", GIT_TERMINAL_PROMPT="0")
OFFLINE = 75


def env_for(user):
    return dict(BASE, CONVOCA_USER=user, GIT_AUTHOR_NAME=user, GIT_AUTHOR_EMAIL=user + "@example.org",
                GIT_COMMITTER_NAME=user, GIT_COMMITTER_EMAIL=user + "@example.org")


ANA = env_for("ana")
CARLOS = env_for("carlos")


def run(args, cwd, env=ANA):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def git(cwd, *args, env=ANA, check=True):
    p = run(["git", *args], cwd, env)
    assert not check or p.returncode == 0, f"git {args} failed: {p.stdout}{p.stderr}"
    return p.stdout


def cli(data, *args, env=ANA):
    return run([BIN, *args, "--file", data], os.path.dirname(data), env)


def add(data, title, env=ANA):
    p = cli(data, "add", "--title", title, env=env)
    assert p.returncode == 0, p.stderr
    return p.stdout.strip()


def sync(data, env=ANA, expect=0):
    p = cli(data, "sync", env=env)
    assert p.returncode == expect, f"sync exit {p.returncode}: {p.stdout}{p.stderr}"
    return p


def team():
    """Ana starts a team on a new bare remote; Carlos clones it."""
    d = tempfile.mkdtemp(prefix="convoca-sync-")
    remote = os.path.join(d, "team.git")
    git(d, "init", "-q", "--bare", remote)
    ana = os.path.join(d, "ana", "calls.jsonl")
    p = run([BIN, "init", "--git", remote, "--file", ana], d)
    assert p.returncode == 0, p.stderr
    p = run([BIN, "clone", remote, os.path.join(d, "carlos")], d, CARLOS)
    assert p.returncode == 0, p.stderr
    return d, remote, ana, os.path.join(d, "carlos", "calls.jsonl")


def records(data):
    p = cli(data, "export", "--format", "json")
    assert p.returncode == 0, p.stderr
    return sorted(json.loads(p.stdout)["records"], key=lambda r: r["id"])


def test_two_officers_sync_and_see_what_arrived_by_person():
    d, remote, ana, carlos = team()
    one = add(ana, "Horizon Europe")
    p = sync(ana)
    assert "committed: ana: 1 added" in p.stdout, p.stdout
    assert git(os.path.dirname(ana), "log", "-1", "--format=%s").strip() == "ana: 1 added"
    sync(carlos, CARLOS)
    two = add(carlos, "Premio Ciudad", CARLOS)
    assert cli(carlos, "move", one, "preparing", env=CARLOS).returncode == 0
    assert cli(carlos, "note", one, "sent", env=CARLOS).returncode == 0
    p = sync(carlos, CARLOS)
    assert "carlos: 1 moved, 1 added, 1 note" in p.stdout, p.stdout
    assert cli(ana, "edit", one, "--owner", "Ana", env=ANA).returncode == 0
    p = cli(ana, "sync", "--json")
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["committed"] == "ana: 1 edited" and report["offline"] is False, report
    arrived = {a["person"]: a for a in report["arrived"]}
    assert sorted(arrived["carlos"]["added"]) == [two] and arrived["carlos"]["moved"] == [one], report
    assert report["ahead"] == 0 and report["behind"] == 0, report
    sync(carlos, CARLOS)
    assert records(ana) == records(carlos)
    # The last sync is saved in git's own folder for the tracker.
    state = json.load(open(os.path.join(os.path.dirname(ana), ".git", "convoca-sync.json")))
    assert state["calls.jsonl"]["ok"] is True, state
    # Nothing to do: says so, makes no commit.
    head = git(os.path.dirname(ana), "rev-parse", "HEAD")
    p = sync(ana)
    assert "up to date" in p.stdout, p.stdout
    assert git(os.path.dirname(ana), "rev-parse", "HEAD") == head
    assert not git(os.path.dirname(ana), "status", "--porcelain").strip()


def test_two_syncs_pushing_at_once_both_end_up_in():
    d, remote, ana, carlos = team()
    sync(carlos, CARLOS)
    # Deterministic race: Ana's pre-push hook syncs Carlos first, so her push is rejected once.
    add(ana, "Ana's call")
    add(carlos, "Carlos's call", CARLOS)
    hook = os.path.join(os.path.dirname(ana), ".git", "hooks", "pre-push")
    flag = os.path.join(d, "raced")
    with open(hook, "w") as f:
        f.write(f"#!/bin/sh\n[ -e '{flag}' ] && exit 0\ntouch '{flag}'\n"
                f"env CONVOCA_USER=carlos GIT_AUTHOR_NAME=carlos GIT_COMMITTER_NAME=carlos '{BIN}' sync "
                f"--file '{carlos}' >/dev/null 2>&1\nexit 0\n")
    os.chmod(hook, 0o755)
    p = cli(ana, "sync", "--json")
    assert p.returncode == 0, p.stdout + p.stderr
    assert json.loads(p.stdout)["retries"] == 1, p.stdout
    os.unlink(hook)
    sync(carlos, CARLOS)
    titles = sorted(r["title"] for r in records(ana))
    assert titles == ["Ana's call", "Carlos's call"], titles
    assert records(ana) == records(carlos)
    # Truly at once: both processes started together; both end up in.
    add(ana, "Ana again")
    add(carlos, "Carlos again", CARLOS)
    procs = [subprocess.Popen([BIN, "sync", "--file", f], cwd=os.path.dirname(f), env=e, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for f, e in ((ana, ANA), (carlos, CARLOS))]
    for pr in procs:
        out, err = pr.communicate(timeout=120)
        assert pr.returncode == 0, out + err
    sync(ana)
    sync(carlos, CARLOS)
    assert len(records(ana)) == 4 and records(ana) == records(carlos)


def test_a_force_pushed_remote_is_refused_and_local_commits_kept():
    d, remote, ana, carlos = team()
    add(ana, "Before")
    sync(ana)
    sync(carlos, CARLOS)
    # Carlos rewrites the team's history.
    cf = os.path.dirname(carlos)
    git(cf, "reset", "-q", "--hard", "HEAD~1", env=CARLOS)
    git(cf, "commit", "-q", "--allow-empty", "-m", "rewritten", env=CARLOS)
    git(cf, "push", "-q", "--force", "origin", "HEAD", env=CARLOS)
    add(ana, "Ana's unsynced call")
    head_before = git(os.path.dirname(ana), "rev-parse", "HEAD")
    p = sync(ana, expect=1)
    assert "was rewritten (force-push)" in p.stderr and "convoca-kept/" in p.stderr, p.stderr
    branches = git(os.path.dirname(ana), "branch", "--list", "convoca-kept/*").split()
    assert len(branches) == 1, branches
    kept = git(os.path.dirname(ana), "log", "--format=%s", branches[-1])
    assert "ana: 1 added" in kept, kept
    # Nothing was merged: HEAD is Ana's commit; a second sync refuses again.
    assert git(os.path.dirname(ana), "rev-parse", "HEAD~1") == head_before or \
        git(os.path.dirname(ana), "log", "-1", "--format=%s").strip() == "ana: 1 added"
    assert "rewritten" not in git(os.path.dirname(ana), "log", "--format=%s")
    p = sync(ana, expect=1)
    assert "was rewritten" in p.stderr, p.stderr


def test_an_unreachable_remote_keeps_the_commit_and_the_next_sync_catches_up():
    d, remote, ana, carlos = team()
    add(ana, "Offline call")
    moved = remote + ".away"
    shutil.move(remote, moved)
    p = sync(ana, expect=OFFLINE)
    assert "offline: 1 commits wait for the next sync" in p.stdout, p.stdout + p.stderr
    assert "ana: 1 added" in git(os.path.dirname(ana), "log", "-1", "--format=%s")
    state = json.load(open(os.path.join(os.path.dirname(ana), ".git", "convoca-sync.json")))
    assert state["calls.jsonl"]["offline"] is True and state["calls.jsonl"]["ahead"] == 1, state
    add(ana, "Second offline call")
    p = sync(ana, expect=OFFLINE)
    assert "offline: 2 commits wait" in p.stdout, p.stdout
    shutil.move(moved, remote)
    p = sync(ana)
    sync(carlos, CARLOS)
    assert sorted(r["title"] for r in records(carlos)) == ["Offline call", "Second offline call"]


def push_raw(carlos, text, message):
    """Carlos commits TEXT as the data file by hand and pushes it."""
    with open(carlos, "w") as f:
        f.write(text)
    cf = os.path.dirname(carlos)
    git(cf, "commit", "-q", "-am", message, env=CARLOS)
    git(cf, "push", "-q", "origin", "HEAD", env=CARLOS)


def test_bad_merges_are_refused_and_git_keeps_its_conflict():
    d, remote, ana, carlos = team()
    add(ana, "First")
    add(ana, "Second")
    sync(ana)
    sync(carlos, CARLOS)
    lines = open(carlos).read().splitlines()
    damaged = "\n".join(lines[:2] + ["{not json"] + lines[2:]) + "\n"
    push_raw(carlos, damaged, "damage")
    add(ana, "Third")
    af = os.path.dirname(ana)
    p = sync(ana, expect=1)
    assert "could not merge origin/" in p.stderr and "nothing was pushed" in p.stderr, p.stderr
    # Ana's commit is kept and nothing was merged.
    assert git(af, "log", "-1", "--format=%s %p").strip().count(" ") == 3, git(af, "log", "-1", "--format=%s %p")
    assert git(af, "log", "-1", "--format=%s").strip() == "ana: 1 added"
    assert not os.path.exists(os.path.join(af, ".git", "MERGE_HEAD"))
    assert len(records(ana)) == 3
    # By hand, git shows its normal conflict; the driver wrote no markers into the data file.
    env = dict(ANA, PATH=os.path.dirname(BIN) + os.pathsep + os.environ.get("PATH", ""))
    m = run(["git", "merge", "origin/" + git(af, "rev-parse", "--abbrev-ref", "HEAD").strip()], af, env)
    assert m.returncode != 0 and "CONFLICT" in m.stdout, m.stdout + m.stderr
    assert "<<<<<<<" not in open(ana).read()
    git(af, "merge", "--abort")


def test_a_newer_format_version_is_refused_and_an_older_one_merges():
    d, remote, ana, carlos = team()
    add(ana, "First")
    sync(ana)
    sync(carlos, CARLOS)
    lines = open(carlos).read().splitlines()
    header = json.loads(lines[0])
    newer = dict(header, version=99)
    push_raw(carlos, "\n".join([json.dumps(newer)] + lines[1:]) + "\n", "from the future")
    add(ana, "Second")
    p = sync(ana, expect=1)
    assert "could not merge" in p.stderr and "newer" in p.stderr, p.stderr
    # Carlos goes back to an older, supported version (1, no team lines): it merges.
    cf = os.path.dirname(carlos)
    git(cf, "reset", "-q", "--hard", "HEAD~1", env=CARLOS)
    git(cf, "push", "-q", "--force", "origin", "HEAD", env=CARLOS)
    d2, remote2, ana2, carlos2 = team()
    add(ana2, "Base")
    sync(ana2)
    sync(carlos2, CARLOS)
    lines = open(carlos2).read().splitlines()
    older = dict(json.loads(lines[0]), version=1)
    body = [ln for ln in lines[1:] if '"id"' in ln]
    push_raw(carlos2, "\n".join([json.dumps(older)] + body) + "\n", "older version")
    add(ana2, "Ana's new")
    sync(ana2)
    assert sorted(r["title"] for r in records(ana2)) == ["Ana's new", "Base"]


def test_a_missing_git_is_named():
    d, remote, ana, carlos = team()
    p = cli(ana, "sync", env=dict(ANA, PATH="/nonexistent-bin"))
    assert p.returncode != 0 and "git is not installed" in p.stderr, p.stderr
    p = cli(os.path.join(tempfile.mkdtemp(), "calls.jsonl"), "sync")
    assert p.returncode != 0 and "not in a git work tree" in p.stderr, p.stderr


if __name__ == "__main__":
    runner.run(globals())
