#!/usr/bin/env python3
"""End-to-end tests of setting a team up through git: `convoca init --git REMOTE` and
`convoca clone REMOTE [PATH]`, with a local bare repository standing in for the team's
remote (no network).

init --git: the bare repository gets the commit with .gitattributes, .gitignore and the data
file; running it twice changes nothing; an unreachable remote keeps the local repository and
says so; a missing git and a work tree with another origin are refused. clone: `convoca check`
in the clone has no driver warning, and a second officer's edit merges through the driver
after `git pull` (no conflict markers).

Run: python3 Tests/e2e/test_git_setup.py [path/to/convoca]   (default .build/debug/convoca)
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402
from tmux_harness import Session  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath((sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca"))
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           SWIFT_BACKTRACE="enable=no", COLUMNS="160", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="en",
           PATH=os.path.dirname(BIN) + os.pathsep + os.environ.get("PATH", ""),
           GIT_AUTHOR_NAME="Ana", GIT_AUTHOR_EMAIL="ana@example.org",
           GIT_COMMITTER_NAME="Ana", GIT_COMMITTER_EMAIL="ana@example.org",
           GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null", GIT_TERMINAL_PROMPT="0")


def run(args, cwd, env=ENV):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def git(cwd, *args):
    p = run(["git", *args], cwd)
    assert p.returncode == 0, f"git {args} failed: {p.stdout}{p.stderr}"
    return p.stdout


def cli(cwd, *args, env=ENV):
    return run([BIN, *args], cwd, env)


def bare():
    d = tempfile.mkdtemp(prefix="convoca-remote-")
    remote = os.path.join(d, "team.git")
    git(d, "init", "-q", "--bare", remote)
    return d, remote


def started():
    """A fresh team: init --git into a new folder, pushed to a new bare remote."""
    d, remote = bare()
    folder = os.path.join(d, "ana")
    data = os.path.join(folder, "calls.jsonl")
    p = cli(d, "init", "--git", remote, "--file", data)
    assert p.returncode == 0, p.stderr
    return d, remote, folder, data


def test_init_pushes_the_attributes_ignore_and_data_file():
    d, remote, folder, data = started()
    files = git(d, "--git-dir", remote, "ls-tree", "-r", "--name-only", "HEAD").split()
    assert sorted(files) == [".gitattributes", ".gitignore", "calls.jsonl"], files
    assert "convoca: start the team's data" in git(d, "--git-dir", remote, "log", "--format=%s")
    assert "calls.jsonl merge=convoca" in git(d, "--git-dir", remote, "show", "HEAD:.gitattributes")
    ignore = git(d, "--git-dir", remote, "show", "HEAD:.gitignore")
    assert "calls.jsonl.lock" in ignore and "calls.jsonl.torn-*" in ignore, ignore
    assert git(folder, "config", "merge.convoca.driver").strip() == "convoca merge-driver %O %A %B %P"
    check = cli(folder, "check", "--file", data)
    assert check.returncode == 0 and "merge driver" not in check.stderr, check.stderr


def test_init_twice_is_idempotent():
    d, remote, folder, data = started()
    cli(folder, "add", "--title", "Horizon Europe", "--file", data)
    p = cli(d, "init", "--git", remote, "--file", data)
    assert p.returncode == 0, p.stderr
    for name in (".gitattributes", ".gitignore"):
        with open(os.path.join(folder, name)) as f:
            lines = f.read().splitlines()
        assert len(lines) == len(set(lines)), (name, lines)
    assert git(folder, "rev-list", "--count", "HEAD").strip() == "1"
    assert git(folder, "config", "--get-all", "merge.convoca.driver").count("\n") == 1


def test_clone_registers_the_driver_and_a_second_officers_edit_merges():
    d, remote, folder, data = started()
    one = cli(folder, "add", "--title", "Horizon Europe", "--file", data).stdout.strip()
    git(folder, "commit", "-q", "-am", "one call")
    git(folder, "push", "-q")
    p = cli(d, "clone", remote, "carlos")
    assert p.returncode == 0, p.stderr
    theirs = os.path.join(d, "carlos", "calls.jsonl")
    assert "--file " + theirs in p.stdout, p.stdout
    check = cli(d, "check", "--file", theirs)
    assert check.returncode == 0 and "merge driver" not in check.stderr, check.stderr
    # Carlos edits one field and pushes; Ana edits another field of the same call, then pulls.
    carlos = os.path.join(d, "carlos")
    assert cli(carlos, "edit", one, "--owner", "Carlos", "--file", theirs).returncode == 0
    git(carlos, "commit", "-q", "-am", "carlos")
    git(carlos, "push", "-q")
    time.sleep(1)
    assert cli(folder, "edit", one, "--funder", "EC", "--file", data).returncode == 0
    git(folder, "commit", "-q", "-am", "ana")
    pull = run(["git", "pull", "-q", "--no-rebase", "--no-edit"], folder)
    assert pull.returncode == 0, pull.stdout + pull.stderr
    with open(data) as f:
        text = f.read()
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    shown = cli(folder, "show", one, "--file", data).stdout
    assert "Carlos" in shown and "EC" in shown, shown
    assert cli(folder, "check", "--file", data).returncode == 0


def test_a_pull_made_outside_convoca_is_taken_in_by_a_running_tracker():
    """Issue 12, item 5: git replaces the file by rename; a tracker open on it shows what
    arrived, and an edit made in it afterwards lands in the merged file."""
    d, remote, folder, data = started()
    one = cli(folder, "add", "--title", "Horizon Europe", "--file", data).stdout.strip()
    git(folder, "commit", "-q", "-am", "one call")
    git(folder, "push", "-q")
    assert cli(d, "clone", remote, "carlos").returncode == 0
    carlos = os.path.join(d, "carlos")
    theirs = os.path.join(carlos, "calls.jsonl")
    assert cli(carlos, "add", "--title", "Premio Ciudad Carlos", "--file", theirs).returncode == 0
    assert cli(carlos, "edit", one, "--owner", "Carlos", "--file", theirs).returncode == 0
    git(carlos, "commit", "-q", "-am", "carlos")
    git(carlos, "push", "-q")
    env = dict(ENV, LANG="C.UTF-8")
    with Session([BIN, "--file", data], width=160, height=30, env=env, cwd=folder, name="pull") as s:
        s.wait_for("Horizon Europe")
        pull = run(["git", "pull", "-q", "--no-rebase", "--no-edit"], folder)
        assert pull.returncode == 0, pull.stdout + pull.stderr
        s.wait_for("Premio Ciudad Carlos", timeout=10)
        s.wait_for("Carlos", timeout=10)
        # An edit in the tracker after the pull goes into the merged file, nothing lost.
        s.send_keys("/")
        s.type("premio")
        s.send_keys("Enter")
        s.wait_for("Filter: premio")
        s.send_keys("n")
        s.wait_for("Note")
        s.type("after the pull")
        s.send_keys("Enter")
        s.wait_for("note added", timeout=10)
        s.send_keys("q")
        s.wait_for_exit()
    shown = cli(folder, "list", "--json", "--file", data).stdout
    assert "Premio Ciudad Carlos" in shown and "Carlos" in shown, shown
    notes = cli(folder, "list", "note:pull", "--json", "--file", data).stdout
    assert "Premio Ciudad Carlos" in notes, notes
    assert cli(folder, "check", "--file", data).returncode == 0


def test_clone_default_folder_is_the_repository_name():
    d, remote, folder, data = started()
    p = cli(d, "clone", remote)
    assert p.returncode == 0, p.stderr
    assert os.path.isfile(os.path.join(d, "team", "calls.jsonl"))
    # Cloning over a folder that is not empty: refused.
    p = cli(d, "clone", remote, "team")
    assert p.returncode != 0 and "already exists" in p.stderr, p.stderr


def test_an_unreachable_remote_keeps_the_local_repository():
    d = tempfile.mkdtemp(prefix="convoca-offline-")
    data = os.path.join(d, "team", "calls.jsonl")
    missing = os.path.join(d, "no-such-remote.git")
    p = cli(d, "init", "--git", missing, "--file", data)
    assert p.returncode != 0
    assert "could not push to " + missing in p.stderr and "is kept" in p.stderr, p.stderr
    assert os.path.isfile(data)
    assert "convoca: start the team's data" in git(os.path.dirname(data), "log", "--format=%s")
    # Once the remote exists, the same command pushes.
    git(d, "init", "-q", "--bare", missing)
    p = cli(d, "init", "--git", missing, "--file", data)
    assert p.returncode == 0, p.stderr
    assert "calls.jsonl" in git(d, "--git-dir", missing, "ls-tree", "--name-only", "HEAD")


def test_another_origin_is_refused_and_a_missing_git_is_named():
    d, remote, folder, data = started()
    p = cli(d, "init", "--git", "/elsewhere/other.git", "--file", data)
    assert p.returncode != 0 and "origin is " + remote in p.stderr, p.stderr
    nogit = dict(ENV, PATH="/nonexistent-bin")
    e = tempfile.mkdtemp(prefix="convoca-nogit-")
    p = cli(e, "init", "--git", remote, "--file", os.path.join(e, "calls.jsonl"), env=nogit)
    assert p.returncode != 0 and "git is not installed" in p.stderr, p.stderr
    assert not os.path.exists(os.path.join(e, "calls.jsonl"))
    p = cli(e, "clone", remote, env=nogit)
    assert p.returncode != 0 and "git is not installed" in p.stderr, p.stderr


if __name__ == "__main__":
    runner.run(globals())
