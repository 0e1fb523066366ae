#!/usr/bin/env python3
"""End-to-end tests of `convoca merge-driver` with a real local git repository (no network).

The driver is registered the way `convoca check` says (its warning names the .gitattributes
line and the git config command); two branches edit different records, different fields of
one record, the same field, and one deletes what the other edits: `git merge` succeeds with
no conflict markers, `convoca check` passes, `convoca list is:conflict` shows the flagged
records. A branch that puts a damaged line mid-file: the driver refuses and git shows its
normal conflict, with the driver's message naming the file.

Run: python3 Tests/e2e/test_merge_driver.py [path/to/convoca]   (default .build/debug/convoca)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath((sys.argv[1] if len(sys.argv) > 1 else None) or os.environ.get("CONVOCA_BIN") or os.path.join(
    ROOT, ".build", "debug", "convoca"))
ENV = dict(os.environ, CONVOCA_USER="Laura Restrepo", CONVOCA_TODAY="2026-11-29", NO_COLOR="1",
           SWIFT_BACKTRACE="enable=no", COLUMNS="160", XDG_CONFIG_HOME="/nonexistent-convoca-config",
           CONVOCA_LANG="en",
           # git finds the driver on PATH, as it would an installed convoca.
           PATH=os.path.dirname(BIN) + os.pathsep + os.environ.get("PATH", ""),
           GIT_AUTHOR_NAME="Ana", GIT_AUTHOR_EMAIL="ana@example.org",
           GIT_COMMITTER_NAME="Ana", GIT_COMMITTER_EMAIL="ana@example.org",
           GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null", GIT_TERMINAL_PROMPT="0")


class Repo:
    def __init__(self, register=True):
        self.dir = tempfile.mkdtemp(prefix="convoca-git-")
        self.path = os.path.join(self.dir, "data.jsonl")
        self.git("init", "-q", "-b", "main")
        self.cli("add", "--title", "Seed", check=True)
        if register:
            self.register()
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "base")

    def git(self, *args, check=True):
        p = subprocess.run(["git", *args], cwd=self.dir, capture_output=True, text=True, env=ENV, timeout=60)
        if check:
            assert p.returncode == 0, f"git {args} failed: {p.stdout}{p.stderr}"
        return p

    def cli(self, *args, check=False):
        p = subprocess.run([BIN, *args, "--file", self.path], capture_output=True, text=True, env=ENV,
                           cwd=self.dir, timeout=60)
        if check:
            assert p.returncode == 0, f"{args} failed ({p.returncode}): {p.stderr}"
        return p

    def add(self, title, *extra):
        return self.cli("add", "--title", title, *extra, check=True).stdout.strip()

    def register(self):
        """What `convoca check` asks for, read from its own warning."""
        warn = self.cli("check").stderr
        line = re.search(r"add the line '([^']+)' to \.gitattributes", warn)
        cmd = re.search(r'run git config (\S+) "([^"]+)"', warn)
        assert line and cmd, f"check named no driver set-up: {warn!r}"
        with open(os.path.join(self.dir, ".gitattributes"), "a") as f:
            f.write(line.group(1) + "\n")
        with open(os.path.join(self.dir, ".gitignore"), "a") as f:
            f.write("data.jsonl.lock\ndata.jsonl.torn-*\n")
        self.git("config", cmd.group(1), cmd.group(2))
        assert "merge driver" not in self.cli("check").stderr

    def commit_on(self, branch, message, edit, start="main"):
        self.git("checkout", "-q", "-B", branch, start)
        edit()
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        self.git("checkout", "-q", "main")

    def records(self, *query):
        return {r["id"]: r for r in json.loads(self.cli("list", *query, "--json", check=True).stdout)}

    def text(self):
        with open(self.path) as f:
            return f.read()


def test_check_warns_without_the_driver_and_not_with_it():
    r = Repo(register=False)
    warn = r.cli("check").stderr
    assert "merge driver" in warn and "data.jsonl merge=convoca" in warn and "merge.convoca.driver" in warn, warn
    assert r.cli("check").returncode == 0, "a warning, not a failure"
    r.register()
    # Outside a git work tree: no warning.
    d = tempfile.mkdtemp(prefix="convoca-nogit-")
    p = subprocess.run([BIN, "add", "--title", "x", "--file", d + "/d.jsonl"], env=ENV, capture_output=True)
    assert p.returncode == 0
    p = subprocess.run([BIN, "check", "--file", d + "/d.jsonl"], env=ENV, capture_output=True, text=True)
    assert p.returncode == 0 and "merge driver" not in p.stderr, p.stderr


def test_two_branches_merge_record_by_record():
    r = Repo()
    one = r.add("Horizon Europe", "--funder", "EC")
    two = r.add("Premio Medellín")
    three = r.add("Becas Chevening", "--funder", "British Council")
    gone = r.add("To be deleted")
    r.git("add", "-A")
    r.git("commit", "-q", "-m", "four calls")

    def ours():
        r.cli("edit", one, "--owner", "Carlos", check=True)            # a record only ours edits
        r.cli("edit", three, "--program", "Ours", check=True)          # the same record, …
        r.cli("edit", three, "--funder", "FCDO (ours)", check=True)    # …and the same field
        r.cli("note", gone, "still applying", check=True)              # edited here, deleted there
        r.add("Added on main")
    def theirs():
        r.cli("edit", two, "--owner", "Lucía", check=True)             # a different record
        r.cli("edit", three, "--country", "UK", check=True)            # a different field
        r.cli("edit", three, "--funder", "FCDO (theirs)", check=True)  # the same field, earlier
        r.cli("delete", gone, check=True)
        r.add("Added on the branch")
    r.commit_on("theirs", "their edits", theirs)
    # Ours is edited after theirs: its funder is the later change. Times are whole seconds;
    # within the same second the tie would go by value, so wait for the next one.
    time.sleep(1.1)
    ours()
    r.git("add", "-A")
    r.git("commit", "-q", "-m", "our edits")
    m = r.git("merge", "--no-edit", "theirs", check=False)
    assert m.returncode == 0, f"git merge failed: {m.stdout}{m.stderr}"
    text = r.text()
    assert "<<<<<<<" not in text and ">>>>>>>" not in text and "=======" not in text
    assert r.cli("check").returncode == 0, r.cli("check").stderr
    recs = r.records()
    assert recs[one]["owner"] == "Carlos" and recs[two]["owner"] == "Lucía"
    assert recs[three]["program"] == "Ours" and recs[three]["country"] == "UK"
    assert recs[three]["funder"] == "FCDO (ours)"
    assert any(h.get("field") == "funder" and h.get("from") == "FCDO (theirs)" and h.get("note") == "conflict"
               for h in recs[three]["history"]), recs[three]["history"]
    assert gone in recs and recs[gone]["notes"][0]["text"] == "still applying"
    titles = {x["title"] for x in recs.values()}
    assert {"Added on main", "Added on the branch"} <= titles
    flagged = set(r.records("is:conflict"))
    assert flagged == {three, gone}, flagged
    # The merged file is the compacted form: a header and one line per record.
    lines = text.splitlines()
    assert len(lines) == 1 + len(recs), lines[:3]
    # git is clean: the driver's result was committed as the merge.
    assert r.git("status", "--porcelain").stdout.strip() == ""


def test_deleted_on_one_branch_unchanged_on_the_other_is_gone():
    r = Repo()
    a = r.add("Stays")
    b = r.add("Goes")
    r.git("add", "-A")
    r.git("commit", "-q", "-m", "two")
    r.commit_on("theirs", "delete", lambda: r.cli("delete", b, check=True))
    r.cli("edit", a, "--owner", "Ana", check=True)
    r.git("commit", "-q", "-am", "edit")
    assert r.git("merge", "--no-edit", "theirs", check=False).returncode == 0
    recs = r.records()
    assert a in recs and b not in recs
    assert r.records("is:conflict") == {}


def test_a_damaged_line_mid_file_is_refused_and_git_shows_a_normal_conflict():
    r = Repo()
    a = r.add("Call")
    r.git("add", "-A")
    r.git("commit", "-q", "-m", "one")

    def damage():
        lines = r.text().splitlines(keepends=True)
        lines.insert(1, '{"id":"broken\n')
        with open(r.path, "w") as f:
            f.writelines(lines)
    r.commit_on("theirs", "damage", damage)
    r.cli("edit", a, "--owner", "Ana", check=True)
    r.git("commit", "-q", "-am", "edit")
    before = r.text()
    m = r.git("merge", "--no-edit", "theirs", check=False)
    assert m.returncode != 0, "the merge must stop"
    out = m.stdout + m.stderr
    assert "data.jsonl" in out and "not merged" in out, out
    assert "CONFLICT" in out, out
    assert "data.jsonl" in r.git("diff", "--name-only", "--diff-filter=U").stdout
    # The driver left %A alone: what git left is its own conflict, not a half-merged file.
    assert r.text() == before or "<<<<<<<" in r.text()
    r.git("merge", "--abort")


def test_the_driver_directly_refuses_with_a_clear_message_and_leaves_ours_untouched():
    d = tempfile.mkdtemp(prefix="convoca-md-")
    base, ours, theirs = (os.path.join(d, n) for n in ("o", "a", "b"))
    for p in (base, ours, theirs):
        subprocess.run([BIN, "add", "--title", "x", "--file", p], env=ENV, check=True, capture_output=True)
    with open(theirs, "w") as f:
        f.write('{"format":"convoca","version":99}\n')
    with open(ours, "rb") as f:
        before = f.read()
    p = subprocess.run([BIN, "merge-driver", base, ours, theirs, "team/data.jsonl"], env=ENV,
                       capture_output=True, text=True)
    assert p.returncode == 1
    assert "team/data.jsonl" in p.stderr and "theirs" in p.stderr and "newer" in p.stderr, p.stderr
    with open(ours, "rb") as f:
        assert f.read() == before
    # Not a Convoca file at all.
    with open(theirs, "w") as f:
        f.write("id,title\n1,x\n")
    p = subprocess.run([BIN, "merge-driver", base, ours, theirs, "d.jsonl"], env=ENV, capture_output=True, text=True)
    assert p.returncode == 1 and "d.jsonl not merged (theirs: line 1" in p.stderr, p.stderr
    shutil.rmtree(d)


if __name__ == "__main__":
    runner.run(globals())
